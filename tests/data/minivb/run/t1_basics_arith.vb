' test: vb-run
Imports System

Module Program
    Sub Main()
        Dim a As Integer = 17
        Dim b As Integer = 5
        Console.WriteLine(a + b)
        Console.WriteLine(a - b)
        Console.WriteLine(a * b)
        Console.WriteLine(a \ b)
        Console.WriteLine(a Mod b)
        Console.WriteLine(-a \ b)
        Console.WriteLine(-a Mod b)
        Console.WriteLine(a / b)
        Console.WriteLine(2 ^ 8)
        Dim l As Long = 1
        For i As Integer = 1 To 20
            l = l * i
        Next
        Console.WriteLine(l)
        Dim by As Byte = 200
        Dim sh As Short = by
        Console.WriteLine(sh + 100)
        Console.WriteLine(a << 3)
        Console.WriteLine(a >> 2)
        Console.WriteLine(a And 3)
        Console.WriteLine(a Or 8)
        Console.WriteLine(a Xor 1)
        Console.WriteLine(Not 0)
    End Sub
End Module
