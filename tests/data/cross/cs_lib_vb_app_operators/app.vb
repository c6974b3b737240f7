' test: cross-run
' lib: lib.cs
' twin: lib.cs twin.cs
Imports System
Imports Numerics

Module App
    Sub Main()
        Dim half As New Fraction(1, 2)
        Dim third As New Fraction(2, 6)
        Console.WriteLine(half + third)
        Console.WriteLine(half * third)
        Console.WriteLine(-half)
        Console.WriteLine(half + 1)
        Dim two As Fraction = 2
        Console.WriteLine(two * half = 1)
        Console.WriteLine(half <> third)
        Console.WriteLine(CType(third, Double).ToString("F4"))
        Dim sum As Fraction = 0
        For i As Integer = 1 To 4
            sum = sum + New Fraction(1, i * (i + 1))
        Next
        Console.WriteLine(sum)
    End Sub
End Module
