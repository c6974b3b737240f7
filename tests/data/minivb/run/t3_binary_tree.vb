' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Tree(Of T As IComparable(Of T))
    Private Class TreeNode
        Public Value As T
        Public Left As TreeNode
        Public Right As TreeNode
    End Class

    Private root As TreeNode
    Private size As Integer

    Public Sub Insert(value As T)
        root = Insert(root, value)
    End Sub

    Private Function Insert(node As TreeNode, value As T) As TreeNode
        If node Is Nothing Then
            size += 1
            Return New TreeNode With {.Value = value}
        End If
        Dim c = value.CompareTo(node.Value)
        If c < 0 Then
            node.Left = Insert(node.Left, value)
        ElseIf c > 0 Then
            node.Right = Insert(node.Right, value)
        End If
        Return node
    End Function

    Public Function Contains(value As T) As Boolean
        Dim cur = root
        While cur IsNot Nothing
            Dim c = value.CompareTo(cur.Value)
            If c = 0 Then Return True
            cur = If(c < 0, cur.Left, cur.Right)
        End While
        Return False
    End Function

    Public Function InOrder() As List(Of T)
        Dim out As New List(Of T)
        Walk(root, Sub(v) out.Add(v))
        Return out
    End Function

    Private Sub Walk(node As TreeNode, visit As Action(Of T))
        If node Is Nothing Then Return
        Walk(node.Left, visit)
        visit(node.Value)
        Walk(node.Right, visit)
    End Sub

    Public Function Height() As Integer
        Return Height(root)
    End Function

    Private Function Height(node As TreeNode) As Integer
        If node Is Nothing Then Return 0
        Return 1 + Math.Max(Height(node.Left), Height(node.Right))
    End Function

    Public ReadOnly Property Count As Integer
        Get
            Return size
        End Get
    End Property
End Class

Module Program
    Sub Main()
        Dim t As New Tree(Of Integer)
        For Each v In New Integer() {50, 30, 70, 20, 40, 60, 80, 30}
            t.Insert(v)
        Next
        Console.WriteLine(t.Count)
        Console.WriteLine(String.Join(" ", t.InOrder()))
        Console.WriteLine(t.Contains(60) & " " & t.Contains(65))
        Console.WriteLine(t.Height())
        Dim words As New Tree(Of String)
        For Each w In "the quick brown fox jumps over the lazy dog".Split(" "c)
            words.Insert(w)
        Next
        Console.WriteLine(String.Join(",", words.InOrder()))
    End Sub
End Module
