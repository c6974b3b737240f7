' test: vb-run
' Spectral norm of the Benchmarks Game in minivb, a translation of spectral_norm.cs (its
' C# twin and oracle): the largest eigenvalue of an infinite matrix by power iteration.
' C#'s integer `/ 2` in A is VB's `\ 2`. Argument: the size (default 100).
Imports System

Module SpectralNorm
    Function A(i As Integer, j As Integer) As Double
        Return 1.0 / ((i + j) * (i + j + 1) \ 2 + i + 1)
    End Function

    Sub MultiplyAv(v As Double(), av As Double())
        For i As Integer = 0 To v.Length - 1
            Dim sum As Double = 0
            For j As Integer = 0 To v.Length - 1
                sum += A(i, j) * v(j)
            Next
            av(i) = sum
        Next
    End Sub

    Sub MultiplyAtv(v As Double(), atv As Double())
        For i As Integer = 0 To v.Length - 1
            Dim sum As Double = 0
            For j As Integer = 0 To v.Length - 1
                sum += A(j, i) * v(j)
            Next
            atv(i) = sum
        Next
    End Sub

    Sub MultiplyAtAv(v As Double(), tmp As Double(), atav As Double())
        MultiplyAv(v, tmp)
        MultiplyAtv(tmp, atav)
    End Sub

    Sub Main(args As String())
        Dim n As Integer = If(args.Length > 0, Integer.Parse(args(0)), 100)
        Dim u(n - 1) As Double, v(n - 1) As Double, tmp(n - 1) As Double
        For i As Integer = 0 To n - 1
            u(i) = 1
        Next
        For i As Integer = 0 To 9
            MultiplyAtAv(u, tmp, v)
            MultiplyAtAv(v, tmp, u)
        Next
        Dim vbv As Double = 0, vv As Double = 0
        For i As Integer = 0 To n - 1
            vbv += u(i) * v(i)
            vv += v(i) * v(i)
        Next
        Console.WriteLine(Math.Sqrt(vbv / vv).ToString("F9"))
    End Sub
End Module
