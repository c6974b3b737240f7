' test: vb-run
Imports System

Module NumberTheory
    Function Gcd(a As Long, b As Long) As Long
        a = Math.Abs(a) : b = Math.Abs(b)
        Do While b <> 0
            Dim t = a Mod b
            a = b
            b = t
        Loop
        Return a
    End Function

    Function Lcm(a As Long, b As Long) As Long
        Return (a \ Gcd(a, b)) * b
    End Function

    Function IsPerfect(n As Integer) As Boolean
        Dim s As Integer = 1
        For d As Integer = 2 To CInt(Math.Sqrt(n))
            If n Mod d = 0 Then
                s += d
                If d <> n \ d Then s += n \ d
            End If
        Next
        Return n > 1 AndAlso s = n
    End Function

    Function DigitSum(n As Long) As Integer
        Dim s As Integer = 0
        While n > 0
            s += CInt(n Mod 10)
            n \= 10
        End While
        Return s
    End Function

    Sub Main()
        Console.WriteLine(Gcd(84, -36) & " " & Lcm(21, 6))
        Dim l As Long = 1
        For i As Integer = 1 To 20
            l = Lcm(l, i)
        Next
        Console.WriteLine(l)
        For n As Integer = 1 To 10000
            If IsPerfect(n) Then Console.Write(n & " ")
        Next
        Console.WriteLine()
        Console.WriteLine(DigitSum(9876543210L))
    End Sub
End Module
