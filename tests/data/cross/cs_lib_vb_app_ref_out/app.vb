' test: cross-run
' lib: lib.cs
' twin: lib.cs twin.cs
Imports System
Imports Parsing

Module App
    Sub Main()
        Dim a As Integer, b As Integer
        If Parser.TryParsePair("3,4", a, b) Then Console.WriteLine(a * b)
        Console.WriteLine(Parser.TryParsePair("x", a, b))
        Dim v As Integer = 150
        Parser.Normalize(v)
        Console.WriteLine(v)
        v = -5
        Parser.Normalize(v, max:=10)
        Console.WriteLine(v)
        v = 50
        Parser.Normalize(v, 60)
        Console.WriteLine(v)
        Console.WriteLine(Parser.Sum() & " " & Parser.Sum(1, 2, 3))
        Console.WriteLine(Parser.Describe("Who"))
        Console.WriteLine(Parser.Describe("Strange", shout:=True))
        Dim g As New Grid()
        g(1, 2) = 7
        g(1, 2) += 1
        Console.WriteLine(g(1, 2) & " " & g("b2"))
    End Sub
End Module
