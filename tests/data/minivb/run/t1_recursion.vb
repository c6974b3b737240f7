' test: vb-run
Imports System

Module Recursion
    Function Fib(n As Integer) As Long
        If n < 2 Then
            Fib = n
        Else
            Fib = Fib(n - 1) + Fib(n - 2)
        End If
    End Function

    Function Gcd(a As Integer, b As Integer) As Integer
        If b = 0 Then Return a
        Return Gcd(b, a Mod b)
    End Function

    Sub Hanoi(n As Integer, from As String, [to] As String, via As String, ByRef moves As Integer)
        If n = 0 Then Exit Sub
        Hanoi(n - 1, from, via, [to], moves)
        moves += 1
        Hanoi(n - 1, via, [to], from, moves)
    End Sub

    Function Power(b As Long, e As Integer) As Long
        If e = 0 Then Return 1
        Dim half As Long = Power(b, e \ 2)
        If e Mod 2 = 0 Then
            Return half * half
        ElseIf e Mod 2 = 1 Then
            Return half * half * b
        End If
        Return 0
    End Function

    Sub Main()
        For i As Integer = 0 To 15
            Console.Write(Fib(i) & " ")
        Next
        Console.WriteLine()
        Console.WriteLine(Gcd(1071, 462))
        Dim moves As Integer = 0
        Hanoi(10, "A", "C", "B", moves)
        Console.WriteLine(moves)
        Console.WriteLine(Power(3, 13))
    End Sub
End Module
