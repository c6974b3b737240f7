' test: vb-run
Imports System

Module Precedence
    Sub Main()
        ' \ binds looser than * and /, Mod looser than \.
        Console.WriteLine(21 \ 3 * 7)
        Console.WriteLine(100 \ 10 Mod 3)
        Console.WriteLine(17 Mod 5 * 2)
        ' ^ binds tighter than unary minus and is right-associative in value order.
        Console.WriteLine(-2 ^ 2)
        Console.WriteLine(2 ^ 3 ^ 2)
        ' + and - before &.
        Console.WriteLine("sum " & 1 + 2)
        ' Comparison before Not; And before Or.
        Console.WriteLine(Not 1 = 2)
        Console.WriteLine(True Or False And False)
        Console.WriteLine((True Or False) And False)
        ' Shifts below + and &.
        Console.WriteLine(1 << 2 + 1)
        Console.WriteLine(CStr(1 + 2 * 3 - 4 / 2))
        Console.WriteLine(10 - 2 - 3)
        Console.WriteLine(2 * 3 Mod 4)
    End Sub
End Module
