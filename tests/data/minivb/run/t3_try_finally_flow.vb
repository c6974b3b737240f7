' test: vb-run
Imports System

Module Program
    Function Risky(n As Integer) As String
        Try
            If n = 0 Then Return "zero"
            If n < 0 Then Throw New ArgumentException("negative")
            Return "positive " & (100 \ n)
        Catch ex As ArgumentException
            Return "caught " & ex.Message
        Finally
            Console.WriteLine("finally for " & n)
        End Try
    End Function

    Function Search(grid As Integer(,), target As Integer) As String
        For i As Integer = 0 To grid.GetLength(0) - 1
            For j As Integer = 0 To grid.GetLength(1) - 1
                If grid(i, j) = target Then
                    Return i & "," & j
                End If
            Next
        Next
        Return "none"
    End Function

    Sub Main()
        Console.WriteLine(Risky(0))
        Console.WriteLine(Risky(-5))
        Console.WriteLine(Risky(7))
        Dim g = New Integer(,) {{1, 2, 3}, {4, 5, 6}}
        Console.WriteLine(Search(g, 5))
        Console.WriteLine(Search(g, 9))
        Dim attempts As Integer = 0
        Do
            attempts += 1
            Try
                If attempts < 3 Then Throw New InvalidOperationException("try again")
                Console.WriteLine("succeeded after " & attempts)
                Exit Do
            Catch ex As InvalidOperationException
                Console.WriteLine(ex.Message)
            End Try
        Loop
        Try
            Console.WriteLine("in try")
            Exit Try
            Console.WriteLine("skipped")
        Finally
            Console.WriteLine("after exit try")
        End Try
        Dim i As Integer = 0
again:
        i += 1
        If i < 3 Then GoTo again
        Console.WriteLine("goto done " & i)
        Try
            Try
                Throw New FormatException("inner")
            Finally
                Console.WriteLine("inner finally")
            End Try
        Catch ex As FormatException When ex.Message.StartsWith("in")
            Console.WriteLine("filtered " & ex.Message)
        End Try
        Try
            Dim n As Integer = Integer.Parse("abc")
            Console.WriteLine(n)
        Catch ex As FormatException
            Console.WriteLine("format error")
        End Try
    End Sub
End Module
