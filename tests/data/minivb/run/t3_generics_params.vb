' test: vb-run
Imports System
Imports System.Collections.Generic
Imports System.Text

Public Class Stack(Of T)
    Private ReadOnly items As New List(Of T)

    Public Sub Push(item As T)
        items.Add(item)
    End Sub

    Public Function Pop() As T
        Dim last As T = items(items.Count - 1)
        items.RemoveAt(items.Count - 1)
        Return last
    End Function

    Public ReadOnly Property Count As Integer
        Get
            Return items.Count
        End Get
    End Property
End Class

Module Program
    Function Max(Of T As IComparable(Of T))(a As T, b As T) As T
        If a.CompareTo(b) >= 0 Then Return a
        Return b
    End Function

    Sub Swap(ByRef a As Integer, ByRef b As Integer)
        Dim t As Integer = a
        a = b
        b = t
    End Sub

    Function Sum(ParamArray values() As Integer) As Integer
        Dim total As Integer = 0
        For Each v In values
            total += v
        Next
        Return total
    End Function

    Function Greet(name As String, Optional greeting As String = "Hello", Optional times As Integer = 1) As String
        Dim sb As New StringBuilder()
        For i As Integer = 1 To times
            sb.Append(greeting).Append(", ").Append(name).Append("! ")
        Next
        Return sb.ToString().Trim()
    End Function

    Sub Main()
        Dim s As New Stack(Of String)
        s.Push("x")
        s.Push("y")
        Console.WriteLine(s.Count)
        Console.WriteLine(s.Pop())
        Console.WriteLine(Max(3, 9))
        Console.WriteLine(Max("pear", "apple"))
        Dim a As Integer = 1, b As Integer = 2
        Swap(a, b)
        Console.WriteLine(a & " " & b)
        Console.WriteLine(Sum())
        Console.WriteLine(Sum(1, 2, 3, 4))
        Console.WriteLine(Greet("Bob"))
        Console.WriteLine(Greet("Bob", "Hi", 2))
        Console.WriteLine(Greet("Eve", times:=2))
        Dim ages As New Dictionary(Of String, Integer)
        ages("ann") = 31
        ages("bob") = 42
        ages.Add("cy", 7)
        For Each kv In ages
            Console.WriteLine(kv.Key & "=" & kv.Value)
        Next
        Console.WriteLine(ages.ContainsKey("bob"))
        Dim nums As New List(Of Integer) From {5, 3, 8, 1}
        nums.Sort()
        Console.WriteLine(String.Join(" ", nums))
        Dim evens = nums.FindAll(Function(n) n Mod 2 = 0)
        Console.WriteLine(evens.Count)
        Dim grid(2, 3) As Integer
        For i = 0 To 2
            For j = 0 To 3
                grid(i, j) = i * j
            Next
        Next
        Console.WriteLine(grid(2, 3))
        Dim jag As Integer()() = {New Integer() {1}, New Integer() {2, 3}}
        Console.WriteLine(jag(1)(1))
    End Sub
End Module
