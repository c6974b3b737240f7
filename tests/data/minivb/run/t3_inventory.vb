' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Product
    Public ReadOnly Property Sku As String
    Public Property Name As String
    Public Property Price As Integer
    Public Property Stock As Integer

    Public Sub New(sku As String, name As String, price As Integer, stock As Integer)
        Me.Sku = sku
        Me.Name = name
        Me.Price = price
        Me.Stock = stock
    End Sub
End Class

Public Class Inventory
    Private ReadOnly products As New Dictionary(Of String, Product)(StringComparer.OrdinalIgnoreCase)
    Public Event LowStock(p As Product)
    Public Property Threshold As Integer = 2

    Public Sub Add(p As Product)
        products.Add(p.Sku, p)
    End Sub

    Public Function Sell(sku As String, qty As Integer) As Integer
        Dim p As Product = Nothing
        If Not products.TryGetValue(sku, p) Then Throw New KeyNotFoundException("unknown sku " & sku)
        If qty > p.Stock Then Throw New InvalidOperationException("only " & p.Stock & " " & p.Name & " left")
        p.Stock -= qty
        If p.Stock <= Threshold Then RaiseEvent LowStock(p)
        Return qty * p.Price
    End Function

    Public Function Value() As Integer
        Dim total As Integer = 0
        For Each p In products.Values
            total += p.Price * p.Stock
        Next
        Return total
    End Function

    Public Function Report() As List(Of String)
        Dim lines As New List(Of String)
        Dim items As New List(Of Product)(products.Values)
        items.Sort(Function(x, y) y.Price * y.Stock - x.Price * x.Stock)
        For Each p In items
            lines.Add(p.Sku & " " & p.Name.PadRight(8) & p.Stock.ToString().PadLeft(3) & " x " & p.Price)
        Next
        Return lines
    End Function
End Class

Module Program
    Sub Main()
        Dim inv As New Inventory()
        AddHandler inv.LowStock, Sub(p) Console.WriteLine("  low stock: " & p.Name & " (" & p.Stock & ")")
        inv.Add(New Product("A1", "pencil", 2, 50))
        inv.Add(New Product("B2", "notebook", 7, 5))
        inv.Add(New Product("C3", "stapler", 15, 3))
        Console.WriteLine("value " & inv.Value())
        Dim revenue As Integer = 0
        For Each order In New String() {"a1:10", "b2:3", "c3:1", "zz:1", "b2:5", "C3:2"}
            Dim parts = order.Split(":"c)
            Try
                revenue += inv.Sell(parts(0), Integer.Parse(parts(1)))
                Console.WriteLine("sold " & order)
            Catch ex As KeyNotFoundException
                Console.WriteLine("error: " & ex.Message)
            Catch ex As InvalidOperationException
                Console.WriteLine("error: " & ex.Message)
            End Try
        Next
        Console.WriteLine("revenue " & revenue & ", value " & inv.Value())
        For Each line In inv.Report()
            Console.WriteLine(line)
        Next
    End Sub
End Module
