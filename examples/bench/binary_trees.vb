' test: vb-run
' Binary-trees of the Benchmarks Game in minivb, a translation of binary_trees.cs (its C#
' twin and oracle): many short-lived trees and one long-lived tree, a workout for the
' allocator and collector. The C# strings' `\t` is a literal tab character inside the VB
' strings (`vbTab` is Microsoft.VisualBasic's). Argument: the maximum depth (default 10).
Imports System

Class TreeNode
    Private ReadOnly left, right As TreeNode

    Private Sub New(left As TreeNode, right As TreeNode)
        Me.left = left
        Me.right = right
    End Sub

    Public Shared Function Bottom(depth As Integer) As TreeNode
        Return If(depth > 0, New TreeNode(Bottom(depth - 1), Bottom(depth - 1)), New TreeNode(Nothing, Nothing))
    End Function

    Public Function Check() As Integer
        Return If(left Is Nothing, 1, 1 + left.Check() + right.Check())
    End Function
End Class

Module BinaryTrees
    Sub Main(args As String())
        Dim n As Integer = If(args.Length > 0, Integer.Parse(args(0)), 10)
        Dim minDepth As Integer = 4
        Dim maxDepth As Integer = Math.Max(minDepth + 2, n)
        Dim stretch As Integer = maxDepth + 1
        Console.WriteLine("stretch tree of depth " & stretch & "	 check: " & TreeNode.Bottom(stretch).Check())
        Dim longLived As TreeNode = TreeNode.Bottom(maxDepth)
        For depth As Integer = minDepth To maxDepth Step 2
            Dim iterations As Integer = 1 << (maxDepth - depth + minDepth)
            Dim check As Integer = 0
            For i As Integer = 0 To iterations - 1
                check += TreeNode.Bottom(depth).Check()
            Next
            Console.WriteLine(iterations & "	 trees of depth " & depth & "	 check: " & check)
        Next
        Console.WriteLine("long lived tree of depth " & maxDepth & "	 check: " & longLived.Check())
    End Sub
End Module
