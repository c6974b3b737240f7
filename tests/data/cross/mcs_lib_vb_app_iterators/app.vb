' test: cross-run
' lib: lib.cs
' lib-compiler: mcs
' twin: lib.cs twin.cs
Imports System
Imports System.Collections.Generic
Imports Seq

Module App
    Sub Main()
        For Each i In Gen.Range(5, 4)
            Console.Write(i & " ")
        Next
        Console.WriteLine()
        Dim total As Long = 0
        For Each f In Gen.Fibonacci(15)
            total += f
        Next
        Console.WriteLine(total)
        Dim evens = Gen.Where(Gen.Range(1, 20), Function(n) n Mod 2 = 0)
        Dim squares = Gen.Select(evens, Function(n) n * n)
        Console.WriteLine(String.Join(",", squares))
        Dim words = Gen.Select(Gen.Range(1, 3), Function(n) New String("*"c, n))
        For Each w As String In words
            Console.WriteLine(w)
        Next
    End Sub
End Module
