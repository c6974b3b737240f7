' test: vb-run
Imports System

Module Program
    Sub Main()
        Dim rows(2)() As Integer
        For i As Integer = 0 To 2
            rows(i) = New Integer(i) {}
            For j As Integer = 0 To i
                rows(i)(j) = i * 10 + j
            Next
        Next
        For Each r In rows
            Console.WriteLine(String.Join(" ", r))
        Next
        Dim grids()(,) As Integer = New Integer(1)(,) {}
        grids(1) = New Integer(1, 1) {{1, 2}, {3, 4}}
        Console.WriteLine(grids(1)(1, 0))
        Dim words()() As String = {New String() {"a", "b"}, New String() {"c"}}
        Console.WriteLine(words(0)(1) & words(1)(0) & words.Length)
    End Sub
End Module
