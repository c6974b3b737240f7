' test: vb-run
Imports System

Module Program
    Sub Main()
        For i = 10 To 1 Step -3
            Console.Write(i & " ")
        Next
        Console.WriteLine()
        Dim x As Double
        For x = 0 To 1 Step 0.25
            Console.Write(x & " ")
        Next
        Console.WriteLine()
        Dim n As Integer = 0
        Do While n < 5
            n += 1
            If n = 2 Then Continue Do
            Console.Write(n)
        Loop
        Console.WriteLine()
        Do
            n -= 1
        Loop Until n <= 0
        Console.WriteLine(n)
        Dim k As Integer = 0
        While True
            k += 1
            If k > 3 Then Exit While
        End While
        Console.WriteLine(k)
        For i As Integer = 1 To 10
            If i Mod 2 = 0 Then Continue For
            If i > 7 Then Exit For
            Console.Write(i)
        Next
        Console.WriteLine()
        Dim total As Integer = 0
        For i As Integer = 1 To 3
            For j As Integer = 1 To 3
                total += i * j
            Next
        Next
        Console.WriteLine(total)
        Dim stp As Integer = 2
        For i As Integer = 0 To 8 Step stp
            Console.Write(i)
        Next
        Console.WriteLine()
    End Sub
End Module
