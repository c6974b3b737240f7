' test: vb-run
Imports System

Module Primes
    Function IsPrime(n As Integer) As Boolean
        If n < 2 Then Return False
        Dim i As Integer = 2
        While i * i <= n
            If n Mod i = 0 Then Return False
            i += 1
        End While
        Return True
    End Function

    Function Sieve(limit As Integer) As Boolean()
        Dim composite(limit) As Boolean
        For i As Integer = 2 To limit
            If Not composite(i) Then
                For j As Integer = i * i To limit Step i
                    composite(j) = True
                Next
            End If
        Next
        Return composite
    End Function

    Sub Main()
        Dim count As Integer = 0
        For n As Integer = 1 To 100
            If IsPrime(n) Then
                count += 1
                Console.Write(n & " ")
            End If
        Next
        Console.WriteLine()
        Console.WriteLine("count = " & count)
        Dim c = Sieve(50)
        Dim agree As Boolean = True
        For n As Integer = 2 To 50
            If IsPrime(n) = c(n) Then agree = False
        Next
        Console.WriteLine("sieve agrees: " & agree)
    End Sub
End Module
