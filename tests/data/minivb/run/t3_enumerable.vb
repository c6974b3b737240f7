' test: vb-run
Imports System
Imports System.Collections
Imports System.Collections.Generic

Public Class Range
    Implements IEnumerable(Of Integer)
    Private ReadOnly first As Integer
    Private ReadOnly last As Integer

    Public Sub New(first As Integer, last As Integer)
        Me.first = first
        Me.last = last
    End Sub

    Public Function GetEnumerator() As IEnumerator(Of Integer) Implements IEnumerable(Of Integer).GetEnumerator
        Return New RangeEnumerator(first, last)
    End Function

    Private Function GetEnumerator1() As IEnumerator Implements IEnumerable.GetEnumerator
        Return GetEnumerator()
    End Function

    Private Class RangeEnumerator
        Implements IEnumerator(Of Integer)
        Private current_ As Integer
        Private ReadOnly last As Integer

        Public Sub New(first As Integer, last As Integer)
            current_ = first - 1
            Me.last = last
        End Sub

        Public ReadOnly Property Current As Integer Implements IEnumerator(Of Integer).Current
            Get
                Return current_
            End Get
        End Property

        Private ReadOnly Property Current1 As Object Implements IEnumerator.Current
            Get
                Return current_
            End Get
        End Property

        Public Function MoveNext() As Boolean Implements IEnumerator.MoveNext
            current_ += 1
            Return current_ <= last
        End Function

        Public Sub Reset() Implements IEnumerator.Reset
            Throw New NotSupportedException()
        End Sub

        Public Sub Dispose() Implements IDisposable.Dispose
            Console.WriteLine("enumerator disposed")
        End Sub
    End Class
End Class

Module Program
    Function Total(xs As IEnumerable(Of Integer)) As Integer
        Dim sum As Integer = 0
        For Each x In xs
            sum += x
        Next
        Return sum
    End Function

    Sub Main()
        For Each i In New Range(1, 4)
            Console.Write(i & " ")
        Next
        Console.WriteLine()
        Console.WriteLine(Total(New Range(1, 100)))
        Console.WriteLine(Total(New List(Of Integer) From {1, 2, 3}))
        Console.WriteLine(Total(New Integer() {10, 20}))
        Dim q As New Queue(Of String)
        q.Enqueue("a")
        q.Enqueue("b")
        While q.Count > 0
            Console.Write(q.Dequeue())
        End While
        Console.WriteLine()
        Dim st As New Stack(Of Integer)
        For Each n In New Range(1, 3)
            st.Push(n * n)
        Next
        Console.WriteLine(st.Pop() & " " & st.Peek())
    End Sub
End Module
