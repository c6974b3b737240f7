' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface IReadOnlyBag
    Default ReadOnly Property Item(index As Integer) As String
    ReadOnly Property Count As Integer
End Interface

Public Class Bag
    Implements IReadOnlyBag
    Private ReadOnly items As New List(Of String)

    Public Sub Add(s As String)
        items.Add(s)
    End Sub

    Default Public ReadOnly Property Item(index As Integer) As String Implements IReadOnlyBag.Item
        Get
            Return items(index)
        End Get
    End Property

    Public ReadOnly Property Count As Integer Implements IReadOnlyBag.Count
        Get
            Return items.Count
        End Get
    End Property
End Class

Module Program
    Function Dump(b As IReadOnlyBag) As String
        Dim parts As New List(Of String)
        For i As Integer = 0 To b.Count - 1
            parts.Add(b(i))
        Next
        Return String.Join(";", parts)
    End Function

    Sub Main()
        Dim b As New Bag()
        b.Add("x")
        b.Add("y")
        b.Add("z")
        Console.WriteLine(Dump(b))
        Console.WriteLine(b(1) & b.Item(2))
        Dim r As IReadOnlyBag = b
        Console.WriteLine(r(0) & " of " & r.Count)
    End Sub
End Module
