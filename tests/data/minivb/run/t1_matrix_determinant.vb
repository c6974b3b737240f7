' test: vb-run
Imports System

Module Matrix
    Function Minor(m(,) As Long, row As Integer, col As Integer) As Long(,)
        Dim n = m.GetLength(0)
        Dim r(n - 2, n - 2) As Long
        Dim ri As Integer = 0
        For i As Integer = 0 To n - 1
            If i = row Then Continue For
            Dim ci As Integer = 0
            For j As Integer = 0 To n - 1
                If j = col Then Continue For
                r(ri, ci) = m(i, j)
                ci += 1
            Next
            ri += 1
        Next
        Return r
    End Function

    Function Det(m(,) As Long) As Long
        Dim n = m.GetLength(0)
        If n = 1 Then Return m(0, 0)
        If n = 2 Then Return m(0, 0) * m(1, 1) - m(0, 1) * m(1, 0)
        Dim total As Long = 0
        Dim sign As Long = 1
        For j As Integer = 0 To n - 1
            total += sign * m(0, j) * Det(Minor(m, 0, j))
            sign = -sign
        Next
        Return total
    End Function

    Sub Main()
        Dim a = New Long(,) {{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}
        Console.WriteLine(Det(a))
        Dim n As Integer = 5
        Dim h(n - 1, n - 1) As Long
        For i = 0 To n - 1
            For j = 0 To n - 1
                h(i, j) = If(i = j, 2, If(Math.Abs(i - j) = 1, -1, 0))
            Next
        Next
        Console.WriteLine(Det(h))
        Console.WriteLine(Det(New Long(,) {{7}}))
    End Sub
End Module
