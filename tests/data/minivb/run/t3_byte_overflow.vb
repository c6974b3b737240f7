' test: vb-run
Imports System

Module Program
    Function AddBytes(a As Byte, b As Byte) As Byte
        Return a + b
    End Function

    Function MulShorts(a As Short, b As Short) As Short
        Return a * b
    End Function

    Sub Main()
        Console.WriteLine(AddBytes(100, 100))
        Try
            Console.WriteLine(AddBytes(200, 100))
        Catch ex As OverflowException
            Console.WriteLine("Byte overflow")
        End Try
        Console.WriteLine(MulShorts(100, 300))
        Try
            Console.WriteLine(MulShorts(300, 300))
        Catch ex As OverflowException
            Console.WriteLine("Short overflow")
        End Try
        Dim l As Long = Long.MaxValue
        Try
            l += 1
        Catch ex As OverflowException
            Console.WriteLine("Long overflow")
        End Try
        Dim i As Integer = Integer.MinValue
        Try
            i = -i
        Catch ex As OverflowException
            Console.WriteLine("negation overflow")
        End Try
        Try
            Console.WriteLine(Integer.MinValue \ -1)
        Catch ex As OverflowException
            Console.WriteLine("division overflow")
        End Try
        Dim d As Double = 1 / 0
        Console.WriteLine(Double.IsInfinity(d))
    End Sub
End Module
