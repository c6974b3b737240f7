' test: vb-run
Imports System

Module Program
    Sub Main()
        Dim d As Double = 0.1 + 0.2
        Console.WriteLine(d)
        Console.WriteLine("sum " & d)
        Console.WriteLine(CStr(1.0 / 3))
        Dim f As Single = 1.1F
        Console.WriteLine("single " & f)
        Console.WriteLine("big " & 1.0E+25)
        Console.WriteLine("int " & 42 & " long " & 9000000000L & " neg " & -7)
        Console.WriteLine("bool " & True & "/" & False)
        Console.WriteLine("char " & "q"c)
        Console.WriteLine(CStr(-0.5))
        Console.WriteLine(CInt("  17 ") * 2)
        Console.WriteLine(CLng("123456789012"))
        Console.WriteLine(CDbl("1.25") + 1)
        Console.WriteLine(CBool("True") AndAlso Not CBool("False"))
        Console.WriteLine(CInt(1.5) & " " & CInt(2.5) & " " & CInt(-0.5) & " " & CInt(0.5000001))
        Console.WriteLine(CByte(3.5) & " " & CShort(-3.5))
        Console.WriteLine(CDbl(7) / CDbl(2))
        Console.WriteLine(CSng(1) / 3)
        Console.WriteLine(CLng(Integer.MaxValue) * 2)
        Console.WriteLine(CType("12", Integer) + CType(3.4, Integer))
        Dim o As Object = 5
        Console.WriteLine(CInt(o) + 1)
        o = "text"
        Console.WriteLine(CStr(o).Length)
        Console.WriteLine(CChar("xyz"))
    End Sub
End Module
