' test: vb-run
Imports System
Imports System.Collections
Imports System.Collections.Generic

Public Class Node(Of T)
    Public Value As T
    Public NextNode As Node(Of T)

    Public Sub New(value As T)
        Me.Value = value
    End Sub
End Class

Public Class LinkedList2(Of T)
    Implements IEnumerable(Of T)
    Private head As Node(Of T)
    Private tail As Node(Of T)
    Public Property Count As Integer

    Public Sub AddLast(value As T)
        Dim n As New Node(Of T)(value)
        If head Is Nothing Then
            head = n
        Else
            tail.NextNode = n
        End If
        tail = n
        _Count += 1
    End Sub

    Public Sub AddFirst(value As T)
        Dim n As New Node(Of T)(value)
        n.NextNode = head
        head = n
        If tail Is Nothing Then tail = n
        _Count += 1
    End Sub

    Public Sub Reverse()
        Dim prev As Node(Of T) = Nothing
        Dim cur = head
        tail = head
        While cur IsNot Nothing
            Dim nxt = cur.NextNode
            cur.NextNode = prev
            prev = cur
            cur = nxt
        End While
        head = prev
    End Sub

    Public Function GetEnumerator() As IEnumerator(Of T) Implements IEnumerable(Of T).GetEnumerator
        Dim items As New List(Of T)
        Dim cur = head
        While cur IsNot Nothing
            items.Add(cur.Value)
            cur = cur.NextNode
        End While
        Return items.GetEnumerator()
    End Function

    Private Function GetEnumeratorUntyped() As IEnumerator Implements IEnumerable.GetEnumerator
        Return GetEnumerator()
    End Function
End Class

Module Program
    Sub Main()
        Dim l As New LinkedList2(Of String)
        l.AddLast("b")
        l.AddLast("c")
        l.AddFirst("a")
        Console.WriteLine(l.Count)
        Console.WriteLine(String.Join("->", l))
        l.Reverse()
        Console.WriteLine(String.Join("->", l))
        Dim nums As New LinkedList2(Of Integer)
        For i = 1 To 5
            nums.AddLast(i * i)
        Next
        Dim s As Integer = 0
        For Each n In nums
            s += n
        Next
        Console.WriteLine(s)
    End Sub
End Module
