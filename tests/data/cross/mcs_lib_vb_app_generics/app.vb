' test: cross-run
' lib: lib.cs
' lib-compiler: mcs
' twin: lib.cs twin.cs
Imports System
Imports System.Collections.Generic
Imports Algo

Public Class Printer
    Inherits Counter(Of String)

    Public Overrides Sub Visit(item As String)
        MyBase.Visit(item)
        Console.Write(item & " ")
    End Sub
End Class

Public Class Summer
    Implements IVisitor(Of Integer)
    Public Total As Integer

    Public Sub Visit(item As Integer) Implements IVisitor(Of Integer).Visit
        Total += item
    End Sub
End Class

Module App
    Sub Main()
        Dim g As New Graph(Of String)
        g.Connect("a", "b")
        g.Connect("a", "c")
        g.Connect("b", "d")
        g.Connect("c", "d")
        g.Connect("d", "e")
        Dim p As New Printer()
        g.BreadthFirst("a", p)
        Console.WriteLine()
        Console.WriteLine(p.Count)
        Dim n As New Graph(Of Integer)
        For i As Integer = 1 To 9
            n.Connect(i, i + 1)
        Next
        Dim s As New Summer()
        n.BreadthFirst(5, s)
        Console.WriteLine(s.Total)
        Console.WriteLine(Graph(Of Integer).Max(New List(Of Integer) From {4, 11, 7}))
        Console.WriteLine(Graph(Of String).Max(New String() {"pear", "zucchini", "apple"}))
    End Sub
End Module
