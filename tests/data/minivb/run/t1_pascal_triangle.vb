' test: vb-run
Imports System

Module Pascal
    Function Row(n As Integer) As Long()
        Dim r(n) As Long
        r(0) = 1
        For k As Integer = 1 To n
            r(k) = r(k - 1) * (n - k + 1) \ k
        Next
        Return r
    End Function

    Sub Main()
        For n As Integer = 0 To 8
            Dim cells = Row(n)
            Dim line As String = New String(" "c, (8 - n) * 2)
            For Each c In cells
                line &= c.ToString().PadLeft(4)
            Next
            Console.WriteLine(line.TrimEnd())
        Next
        Dim big = Row(60)
        Console.WriteLine(big(30))
        Dim sum As Long = 0
        For Each v In Row(20)
            sum += v
        Next
        Console.WriteLine(sum = (1L << 20))
    End Sub
End Module
