' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface IConverter
    Function Convert(Of T)(value As Object) As T
End Interface

Public Class Caster
    Implements IConverter

    Public Function Convert(Of T)(value As Object) As T Implements IConverter.Convert
        Return DirectCast(value, T)
    End Function
End Class

Module Util
    Function Repeat(Of T)(item As T, count As Integer) As List(Of T)
        Dim out As New List(Of T)
        For i As Integer = 1 To count
            out.Add(item)
        Next
        Return out
    End Function

    Sub SwapItems(Of T)(ByRef a As T, ByRef b As T)
        Dim tmp As T = a
        a = b
        b = tmp
    End Sub

    Function FirstOrDefault(Of T)(items As IEnumerable(Of T), pred As Func(Of T, Boolean), fallback As T) As T
        For Each it In items
            If pred(it) Then Return it
        Next
        Return fallback
    End Function

    Function Describe(Of T)(value As T) As String
        Return GetType(T).Name & ":" & value.ToString()
    End Function

    Function Zip(Of A, B)(xs As List(Of A), ys As List(Of B)) As List(Of KeyValuePair(Of A, B))
        Dim out As New List(Of KeyValuePair(Of A, B))
        For i As Integer = 0 To Math.Min(xs.Count, ys.Count) - 1
            out.Add(New KeyValuePair(Of A, B)(xs(i), ys(i)))
        Next
        Return out
    End Function
End Module

Module Program
    Sub Main()
        Console.WriteLine(String.Join(",", Repeat("ab", 3)))
        Console.WriteLine(Repeat(Of Integer)(7, 2).Count)
        Dim x As String = "left", y As String = "right"
        SwapItems(x, y)
        Console.WriteLine(x & " " & y)
        Dim n1 As Integer = 1, n2 As Integer = 2
        SwapItems(Of Integer)(n1, n2)
        Console.WriteLine(n1 & " " & n2)
        Dim nums As New List(Of Integer) From {3, 8, 12, 5}
        Console.WriteLine(FirstOrDefault(nums, Function(v) v > 6, -1))
        Console.WriteLine(FirstOrDefault(nums, Function(v) v > 60, -1))
        Console.WriteLine(Describe(42) & " " & Describe("s") & " " & Describe(2.5))
        For Each kv In Zip(New List(Of String) From {"a", "b", "c"}, nums)
            Console.Write(kv.Key & "=" & kv.Value & " ")
        Next
        Console.WriteLine()
        Dim c As IConverter = New Caster()
        Console.WriteLine(c.Convert(Of String)("text").Length)
        Console.WriteLine(c.Convert(Of Integer)(41) + 1)
    End Sub
End Module
