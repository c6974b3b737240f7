' test: vb-run
Imports System

Module Program
    Private counter As Integer

    Function Next1() As Integer
        counter += 1
        Return counter
    End Function

    Sub Main()
        Dim x As Integer = 10
        x += 5 : Console.WriteLine(x)
        x -= 3 : Console.WriteLine(x)
        x *= 4 : Console.WriteLine(x)
        x \= 5 : Console.WriteLine(x)
        x = CInt(x ^ 2) : Console.WriteLine(x)
        x <<= 2 : Console.WriteLine(x)
        x >>= 3 : Console.WriteLine(x)
        Dim d As Double = 1
        d /= 4 : Console.WriteLine(d)
        Dim s As String = "a"
        s &= "b" : s += "c" : Console.WriteLine(s)
        Dim arr() As Integer = {1, 2, 3}
        arr(Next1() - 1) += 10
        Console.WriteLine(String.Join(",", arr) & " after " & counter)
        Dim b As Byte = 250
        Try
            b += CByte(10)
        Catch ex As OverflowException
            Console.WriteLine("byte overflow")
        End Try
        Console.WriteLine(b)
    End Sub
End Module
