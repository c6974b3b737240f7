' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class PriorityQueue(Of T)
    Private ReadOnly heap As New List(Of T)
    Private ReadOnly cmp As IComparer(Of T)

    Public Sub New(cmp As IComparer(Of T))
        Me.cmp = cmp
    End Sub

    Public ReadOnly Property Count As Integer
        Get
            Return heap.Count
        End Get
    End Property

    Public Sub Push(item As T)
        heap.Add(item)
        Dim i = heap.Count - 1
        While i > 0
            Dim parent = (i - 1) \ 2
            If cmp.Compare(heap(i), heap(parent)) >= 0 Then Exit While
            Swap(i, parent)
            i = parent
        End While
    End Sub

    Public Function Pop() As T
        If heap.Count = 0 Then Throw New InvalidOperationException("empty queue")
        Dim top = heap(0)
        heap(0) = heap(heap.Count - 1)
        heap.RemoveAt(heap.Count - 1)
        Dim i As Integer = 0
        Do
            Dim l = 2 * i + 1, r = 2 * i + 2, smallest = i
            If l < heap.Count AndAlso cmp.Compare(heap(l), heap(smallest)) < 0 Then smallest = l
            If r < heap.Count AndAlso cmp.Compare(heap(r), heap(smallest)) < 0 Then smallest = r
            If smallest = i Then Exit Do
            Swap(i, smallest)
            i = smallest
        Loop
        Return top
    End Function

    Private Sub Swap(a As Integer, b As Integer)
        Dim t = heap(a)
        heap(a) = heap(b)
        heap(b) = t
    End Sub
End Class

Public Class ByLength
    Implements IComparer(Of String)

    Public Function Compare(x As String, y As String) As Integer Implements IComparer(Of String).Compare
        If x.Length <> y.Length Then Return x.Length.CompareTo(y.Length)
        Return String.CompareOrdinal(x, y)
    End Function
End Class

Module Program
    Sub Main()
        Dim q As New PriorityQueue(Of Integer)(Comparer(Of Integer).Default)
        For Each n In New Integer() {5, 3, 9, 1, 7, 2, 8}
            q.Push(n)
        Next
        While q.Count > 0
            Console.Write(q.Pop() & " ")
        End While
        Console.WriteLine()
        Dim w As New PriorityQueue(Of String)(New ByLength())
        For Each s In "the quick brown fox jumps over a lazy dog".Split(" "c)
            w.Push(s)
        Next
        Console.WriteLine(w.Pop() & " " & w.Pop() & " " & w.Pop())
        Try
            Dim e As New PriorityQueue(Of Integer)(Comparer(Of Integer).Default)
            e.Pop()
        Catch ex As InvalidOperationException
            Console.WriteLine(ex.Message)
        End Try
    End Sub
End Module
