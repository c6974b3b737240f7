' test: vb-run
Imports System

Module Calendar
    Function IsLeap(y As Integer) As Boolean
        Return (y Mod 4 = 0 AndAlso y Mod 100 <> 0) OrElse y Mod 400 = 0
    End Function

    Function DaysInMonth(y As Integer, m As Integer) As Integer
        Select Case m
            Case 2
                Return If(IsLeap(y), 29, 28)
            Case 4, 6, 9, 11
                Return 30
            Case 1 To 12
                Return 31
            Case Else
                Throw New ArgumentOutOfRangeException("m")
        End Select
    End Function

    Function DayOfYear(y As Integer, m As Integer, d As Integer) As Integer
        Dim n As Integer = d
        For k As Integer = 1 To m - 1
            n += DaysInMonth(y, k)
        Next
        Return n
    End Function

    Sub Main()
        For Each y In New Integer() {1900, 2000, 2023, 2024}
            Console.Write(y & ":" & IsLeap(y) & " ")
        Next
        Console.WriteLine()
        Console.WriteLine(DayOfYear(2024, 3, 1) & " " & DayOfYear(2023, 12, 31))
        Dim total As Integer = 0
        For y As Integer = 2000 To 2099
            If IsLeap(y) Then total += 1
        Next
        Console.WriteLine(total)
        Try
            DaysInMonth(2024, 13)
        Catch ex As ArgumentOutOfRangeException
            Console.WriteLine("bad month")
        End Try
    End Sub
End Module
