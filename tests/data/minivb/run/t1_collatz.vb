' test: vb-run
Imports System

Module Collatz
    Function Steps(n As Long) As Integer
        Dim count As Integer = 0
        Do Until n = 1
            If n Mod 2 = 0 Then
                n \= 2
            Else
                n = 3 * n + 1
            End If
            count += 1
        Loop
        Return count
    End Function

    Sub Main()
        Dim best As Integer = 0, bestN As Integer = 0
        For n As Integer = 1 To 3000
            Dim s = Steps(n)
            If s > best Then
                best = s
                bestN = n
            End If
        Next
        Console.WriteLine(bestN & " takes " & best & " steps")
        Console.WriteLine(Steps(27))
    End Sub
End Module
