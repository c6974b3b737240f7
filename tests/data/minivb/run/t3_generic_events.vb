' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class ObservableList(Of T)
    Private ReadOnly items As New List(Of T)
    Public Event ItemAdded(item As T, index As Integer)
    Public Event Cleared As EventHandler

    Public Sub Add(item As T)
        items.Add(item)
        RaiseEvent ItemAdded(item, items.Count - 1)
    End Sub

    Public Sub Clear()
        items.Clear()
        RaiseEvent Cleared(Me, EventArgs.Empty)
    End Sub

    Public ReadOnly Property Count As Integer
        Get
            Return items.Count
        End Get
    End Property
End Class

Module Program
    Sub Main()
        Dim names As New ObservableList(Of String)
        Dim log As New List(Of String)
        AddHandler names.ItemAdded, Sub(item, index) log.Add(index & ":" & item)
        AddHandler names.Cleared, Sub(s, e) log.Add("cleared")
        names.Add("ann")
        names.Add("bob")
        names.Clear()
        names.Add("cy")
        Console.WriteLine(String.Join(" ", log))
        Dim numbers As New ObservableList(Of Integer)
        Dim sum As Integer = 0
        AddHandler numbers.ItemAdded, Sub(n, i) sum += n
        For k As Integer = 1 To 10
            numbers.Add(k)
        Next
        Console.WriteLine(sum & " " & numbers.Count)
    End Sub
End Module
