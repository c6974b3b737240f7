' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Container(Of T)
    Protected ReadOnly items As New List(Of T)

    Public Overridable Sub Add(item As T)
        items.Add(item)
    End Sub

    Public ReadOnly Property Count As Integer
        Get
            Return items.Count
        End Get
    End Property

    Public Class Cursor
        Private ReadOnly owner As Container(Of T)
        Private index As Integer = -1

        Public Sub New(owner As Container(Of T))
            Me.owner = owner
        End Sub

        Public Function MoveNext() As Boolean
            index += 1
            Return index < owner.items.Count
        End Function

        Public ReadOnly Property Current As T
            Get
                Return owner.items(index)
            End Get
        End Property
    End Class

    Public Function Open() As Cursor
        Return New Cursor(Me)
    End Function
End Class

Public Class SortedContainer(Of T As IComparable(Of T))
    Inherits Container(Of T)

    Public Overrides Sub Add(item As T)
        Dim i As Integer = 0
        While i < items.Count AndAlso items(i).CompareTo(item) < 0
            i += 1
        End While
        items.Insert(i, item)
    End Sub
End Class

Public Class Groups(Of TKey)
    Inherits Container(Of List(Of TKey))

    Public Sub AddGroup(ParamArray keys() As TKey)
        Add(New List(Of TKey)(keys))
    End Sub

    Public Function Sizes() As String
        Dim parts As New List(Of String)
        For Each g In items
            parts.Add(g.Count.ToString())
        Next
        Return String.Join("+", parts)
    End Function
End Class

Module Program
    Sub Main()
        Dim s As New SortedContainer(Of String)
        For Each w In New String() {"pear", "apple", "fig", "banana"}
            s.Add(w)
        Next
        Dim c = s.Open()
        While c.MoveNext()
            Console.Write(c.Current & " ")
        End While
        Console.WriteLine()
        Dim n As Container(Of Integer) = New SortedContainer(Of Integer)()
        n.Add(5) : n.Add(1) : n.Add(3)
        Dim nc As Container(Of Integer).Cursor = n.Open()
        While nc.MoveNext()
            Console.Write(nc.Current)
        End While
        Console.WriteLine()
        Dim g As New Groups(Of Char)
        g.AddGroup("a"c, "b"c)
        g.AddGroup()
        g.AddGroup("x"c, "y"c, "z"c)
        Console.WriteLine(g.Count & " groups: " & g.Sizes())
    End Sub
End Module
