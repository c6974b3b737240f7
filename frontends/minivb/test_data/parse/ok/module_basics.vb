Option Strict On
Imports System
Module M
    Sub Main()
        Dim x As Integer = 1 + 2 * 3
        If x > 3 Then
            Console.WriteLine("big")
        ElseIf x = 2 Then
            x += 1
        Else
            x = -x ^ 2
        End If
        For i As Integer = 0 To 10 Step 2
            Console.WriteLine(i)
        Next
    End Sub
End Module
