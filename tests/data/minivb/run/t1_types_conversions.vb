' test: vb-run
Imports System

Module Program
    Sub Main()
        Dim sb As SByte = -12
        Dim us As UShort = 65000
        Dim ui As UInteger = 4000000000UI
        Dim ul As ULong = 18000000000000000000UL
        Dim f As Single = 1.5F
        Dim d As Double = 0.1
        Console.WriteLine(sb)
        Console.WriteLine(us)
        Console.WriteLine(ui)
        Console.WriteLine(ul)
        Console.WriteLine(f * 2)
        Console.WriteLine(d + 0.2)
        Console.WriteLine(CStr(d + 0.2))
        Console.WriteLine(CStr(123))
        Console.WriteLine(CStr(True))
        Console.WriteLine(CInt("42") + 1)
        Console.WriteLine(CDbl("2.25") * 2)
        Console.WriteLine(CLng(Integer.MaxValue) + 1)
        Console.WriteLine(CBool(5))
        Console.WriteLine(CInt(True))
        Console.WriteLine(CByte(255))
        Console.WriteLine(CType(3.7, Integer))
        Console.WriteLine(Integer.Parse("77") * 2)
        Console.WriteLine(Convert.ToInt32("12"))
        Dim big As Long = 5000000000L
        Console.WriteLine(big \ 3)
        Console.WriteLine(CSng(0.5) + CSng(0.25))
        Console.WriteLine(Math.Abs(-7) + Math.Max(3, 4) + Math.Min(1, 2))
        Console.WriteLine(Math.Sqrt(16.0))
        Console.WriteLine(Math.Floor(-2.5))
        Console.WriteLine(Integer.MaxValue)
        Console.WriteLine(Long.MinValue)
        Console.WriteLine(Double.MaxValue > 1)
        Console.WriteLine(&HFF)
        Console.WriteLine(&B1010)
        Console.WriteLine(&O17)
        Console.WriteLine(1_000_000)
    End Sub
End Module
