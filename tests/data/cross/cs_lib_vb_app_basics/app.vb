' test: cross-run
' lib: lib.cs
' twin: lib.cs twin.cs
Imports System
Imports Shop

Public Class Pen
    Inherits Item

    Public Sub New()
        MyBase.New("pen")
    End Sub

    Public Overrides ReadOnly Property Cents As Integer
        Get
            Return 150
        End Get
    End Property

    Public Overrides Function Describe() As String
        Return "a " & MyBase.Describe()
    End Function
End Class

Public Class GiftCard
    Implements IPriced

    Public ReadOnly Property Cents As Integer Implements IPriced.Cents
        Get
            Return 1000
        End Get
    End Property

    Public Function Describe() As String Implements IPriced.Describe
        Return "gift card"
    End Function
End Class

Module App
    Sub Main()
        Console.WriteLine(Tax.Add(1000))
        Console.WriteLine(Tax.RatePercent)
        Dim cart As New Cart(Of IPriced)(Function(p) p)
        AddHandler cart.Added, Sub(sender, what) Console.WriteLine("added " & what)
        cart.Add(New Book("vb in a day", 120))
        cart.Add(New Pen())
        cart.Add(New GiftCard())
        Console.WriteLine(cart.Count)
        Console.WriteLine(cart.Total(Function(c) c))
        Console.WriteLine(cart.Total(AddressOf Tax.Add))
        Try
            Warehouse.Take("ink")
        Catch ex As OutOfStockException
            Console.WriteLine("caught: " & ex.Message)
        End Try
    End Sub
End Module
