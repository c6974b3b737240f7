' test: vb-run
Imports System

Module Program
    Function Hypot(a As Double, b As Double) As Double
        Return Math.Sqrt(a ^ 2 + b ^ 2)
    End Function

    Sub Main()
        Console.WriteLine(Hypot(3, 4))
        Console.WriteLine(Math.Round(2.345, 2))
        Console.WriteLine(Math.Round(-1.5))
        Console.WriteLine(Math.Ceiling(1.2) & " " & Math.Floor(-1.2) & " " & Math.Truncate(-1.7))
        Console.WriteLine(Math.Sign(-3) & " " & Math.Abs(-2.5))
        Console.WriteLine(Math.Max(3L, 7L) & " " & Math.Min(-1.0, 2.0))
        Console.WriteLine(Math.Sin(0) & " " & Math.Cos(0))
        Console.WriteLine(Math.Log10(1000) & " " & Math.Exp(0))
        Console.WriteLine((Math.PI * 100).ToString("F4"))
        Console.WriteLine(10 Mod 3 & " " & -10 Mod 3 & " " & 10.5 Mod 3)
        Console.WriteLine(7 / 2 & " " & 7 \ 2 & " " & -7 \ 2)
        Console.WriteLine(2 ^ 0.5)
        Console.WriteLine(CInt(Math.Sqrt(50)))
        Console.WriteLine(Integer.MaxValue \ 2 + Integer.MaxValue \ 2)
    End Sub
End Module
