' test: vb-run
Imports System

Module Program
    Sub Main()
        Console.WriteLine(Byte.MaxValue & " " & SByte.MinValue & " " & Short.MaxValue & " " & UShort.MaxValue)
        Console.WriteLine(Integer.MinValue & " " & UInteger.MaxValue & " " & Long.MaxValue & " " & ULong.MaxValue)
        Dim b As Byte = 200
        Dim sb As SByte = -100
        Dim s As Short = CShort(b + sb)
        Console.WriteLine(s)
        Dim u As UInteger = 3000000000UI
        Dim l As Long = u + 1L
        Console.WriteLine(l)
        Dim ul As ULong = CULng(u) * 4UL
        Console.WriteLine(ul)
        Try
            Dim x As Integer = CInt(u)
            Console.WriteLine(x)
        Catch ex As OverflowException
            Console.WriteLine("UInteger too big for Integer")
        End Try
        Try
            Dim m As Integer = -1
            Dim y As UInteger = CUInt(m)
            Console.WriteLine(y)
        Catch ex As OverflowException
            Console.WriteLine("negative to UInteger")
        End Try
        Dim mixed = b + sb
        Console.WriteLine(mixed.GetType().Name)
        Dim both = b + CByte(5)
        Console.WriteLine(both.GetType().Name & " " & both)
        Dim wide = u + 1
        Console.WriteLine(wide.GetType().Name)
        Dim f = 1.5F * 2
        Console.WriteLine(f.GetType().Name)
    End Sub
End Module
