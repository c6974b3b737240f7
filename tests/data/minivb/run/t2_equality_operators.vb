' test: vb-run
' args: -r:System.Core.dll
Imports System
Imports System.Collections.Generic

Public Class Money
    Public ReadOnly Property Cents As Long
    Public ReadOnly Property Currency As String

    Public Sub New(cents As Long, currency As String)
        Me.Cents = cents
        Me.Currency = currency
    End Sub

    Public Overrides Function Equals(obj As Object) As Boolean
        Dim other = TryCast(obj, Money)
        If other Is Nothing Then Return False
        Return Cents = other.Cents AndAlso Currency = other.Currency
    End Function

    Public Overrides Function GetHashCode() As Integer
        Return Cents.GetHashCode() Xor Currency.GetHashCode()
    End Function

    Public Overrides Function ToString() As String
        Return (Cents \ 100) & "." & (Cents Mod 100).ToString("00") & " " & Currency
    End Function

    Public Shared Operator +(a As Money, b As Money) As Money
        If a.Currency <> b.Currency Then Throw New InvalidOperationException("currency mismatch")
        Return New Money(a.Cents + b.Cents, a.Currency)
    End Operator

    Public Shared Operator *(a As Money, k As Integer) As Money
        Return New Money(a.Cents * k, a.Currency)
    End Operator

    Public Shared Operator =(a As Money, b As Money) As Boolean
        Return a.Equals(b)
    End Operator

    Public Shared Operator <>(a As Money, b As Money) As Boolean
        Return Not a.Equals(b)
    End Operator

    Public Shared Widening Operator CType(cents As Integer) As Money
        Return New Money(cents, "EUR")
    End Operator

    Public Shared Narrowing Operator CType(m As Money) As Double
        Return m.Cents / 100.0
    End Operator
End Class

Module Program
    Sub Main()
        Dim a As New Money(1250, "EUR")
        Dim b As New Money(199, "EUR")
        Console.WriteLine(a + b)
        Console.WriteLine((a * 3).ToString())
        Console.WriteLine(a = New Money(1250, "EUR"))
        Console.WriteLine(a <> b)
        Dim c As Money = 500
        Console.WriteLine(c)
        Console.WriteLine(CType(c, Double))
        Dim seen As New HashSet(Of Money)
        seen.Add(a)
        seen.Add(New Money(1250, "EUR"))
        seen.Add(b)
        Console.WriteLine(seen.Count)
        Try
            Dim bad = a + New Money(1, "USD")
            Console.WriteLine(bad)
        Catch ex As InvalidOperationException
            Console.WriteLine(ex.Message)
        End Try
        Dim o1 As Object = a
        Dim o2 As Object = a
        Console.WriteLine(o1 Is o2)
        Console.WriteLine(o1.Equals(New Money(1250, "EUR")))
    End Sub
End Module
