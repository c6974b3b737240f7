' test: vb-run
Imports System

Module Program
    Sub Main()
        Dim i As Integer = 0
        Do While i < 3
            Console.Write("a" & i)
            i += 1
        Loop
        Console.WriteLine()
        Do Until i = 0
            Console.Write("b" & i)
            i -= 1
        Loop
        Console.WriteLine()
        Do
            Console.Write("c" & i)
            i += 1
        Loop While i < 2
        Console.WriteLine()
        Do
            Console.Write("d" & i)
            i += 10
        Loop Until True
        Console.WriteLine()
        Dim n As Integer = 0
        Do
            n += 1
            If n Mod 2 = 1 Then Continue Do
            If n > 8 Then Exit Do
            Console.Write(n)
        Loop
        Console.WriteLine()
        Dim k As Integer = 5
        While k > 0
            k -= 2
            If k = 1 Then Continue While
            Console.Write("w" & k)
        End While
        Console.WriteLine()
        Dim outer As Integer = 0
        Do While outer < 3
            Dim inner As Integer = 0
            Do
                inner += 1
                If inner = 2 Then Exit Do
            Loop
            outer += inner
        Loop
        Console.WriteLine(outer)
    End Sub
End Module
