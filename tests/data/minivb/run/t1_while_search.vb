' test: vb-run
Imports System

Module Program
    Function IntegerSqrt(n As Long) As Long
        Dim lo As Long = 0, hi As Long = n
        While lo < hi
            Dim mid = (lo + hi + 1) \ 2
            If mid <= n \ mid Then
                lo = mid
            Else
                hi = mid - 1
            End If
        End While
        Return lo
    End Function

    Function NewtonSqrt(x As Double) As Double
        Dim guess As Double = x / 2
        Dim iterations As Integer = 0
        Do
            Dim nextGuess = (guess + x / guess) / 2
            iterations += 1
            If Math.Abs(nextGuess - guess) < 0.000000001 Then Exit Do
            guess = nextGuess
        Loop While iterations < 100
        Return guess
    End Function

    Sub Main()
        For Each n In New Long() {0, 1, 15, 16, 17, 1000000, 999999999999L}
            Console.Write(IntegerSqrt(n) & " ")
        Next
        Console.WriteLine()
        Console.WriteLine(NewtonSqrt(2).ToString("F8"))
        Console.WriteLine(NewtonSqrt(144).ToString("F8"))
    End Sub
End Module
