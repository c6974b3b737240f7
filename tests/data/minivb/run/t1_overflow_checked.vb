' test: vb-run
Imports System

Module Program
    Function AddUp(x As Integer, y As Integer) As Integer
        Return x + y
    End Function

    Sub Main()
        Try
            Console.WriteLine(AddUp(Integer.MaxValue, 1))
        Catch ex As OverflowException
            Console.WriteLine("overflow caught")
        End Try
        Dim b As Byte = 250
        Try
            b = CByte(b + 10)
            Console.WriteLine(b)
        Catch ex As OverflowException
            Console.WriteLine("byte overflow")
        End Try
        Dim d As Double = 1.0E+20
        Try
            Dim n As Integer = CInt(d)
            Console.WriteLine(n)
        Catch ex As OverflowException
            Console.WriteLine("conversion overflow")
        End Try
        Console.WriteLine(CInt(2.5))
        Console.WriteLine(CInt(3.5))
        Console.WriteLine(CInt(-2.5))
        Console.WriteLine(CLng(7.5))
        Console.WriteLine(CShort(0.5))
    End Sub
End Module
