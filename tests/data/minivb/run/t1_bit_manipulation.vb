' test: vb-run
Imports System

Module Bits
    Function PopCount(x As UInteger) As Integer
        Dim n As Integer = 0
        While x <> 0UI
            n += CInt(x And 1UI)
            x >>= 1
        End While
        Return n
    End Function

    Function IsPowerOfTwo(x As Long) As Boolean
        Return x > 0 AndAlso (x And (x - 1)) = 0
    End Function

    Function ReverseBits(b As Byte) As Byte
        Dim r As Byte = 0
        For i As Integer = 0 To 7
            r = CByte((r << 1) Or (b And CByte(1)))
            b >>= 1
        Next
        Return r
    End Function

    Sub Main()
        Console.WriteLine(PopCount(255UI) & " " & PopCount(&HF0F0UI) & " " & PopCount(UInteger.MaxValue))
        Console.WriteLine(IsPowerOfTwo(1024) & " " & IsPowerOfTwo(1000) & " " & IsPowerOfTwo(1L << 40))
        Console.WriteLine(ReverseBits(1) & " " & ReverseBits(6))
        Dim flags As Integer = 0
        flags = flags Or (1 << 3)
        flags = flags Or (1 << 0)
        Console.WriteLine(flags & " " & ((flags And (1 << 3)) <> 0) & " " & ((flags And (1 << 2)) <> 0))
        flags = flags And Not (1 << 3)
        Console.WriteLine(flags)
        Console.WriteLine(Not 0UI)
        Console.WriteLine((-1 >> 28) & " " & (&H80000000 >> 4))
        Console.WriteLine(1 << 33)
        Console.WriteLine(CLng(1) << 33)
        Console.WriteLine(&HFFL Xor &HF0L)
        Dim s As Short = -2
        Console.WriteLine(s >> 1)
        Dim u As UShort = 65535
        Console.WriteLine(u >> 4)
    End Sub
End Module
