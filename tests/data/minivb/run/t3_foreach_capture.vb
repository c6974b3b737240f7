' test: vb-run
Imports System
Imports System.Collections.Generic

Module Program
    Sub Main()
        Dim fromArray As New List(Of Func(Of String))
        For Each w As String In New String() {"red", "green", "blue"}
            fromArray.Add(Function() w)
        Next
        For Each f In fromArray
            Console.Write(f() & " ")
        Next
        Console.WriteLine()
        Dim fromList As New List(Of Func(Of Integer))
        For Each n In New List(Of Integer) From {1, 2, 3}
            fromList.Add(Function() n * 10)
        Next
        For Each f In fromList
            Console.Write(f() & " ")
        Next
        Console.WriteLine()
        Dim existing As Integer = 0
        Dim shared1 As New List(Of Func(Of Integer))
        For Each existing In New Integer() {7, 8}
            shared1.Add(Function() existing)
        Next
        For Each f In shared1
            Console.Write(f() & " ")
        Next
        Console.WriteLine()
    End Sub
End Module
