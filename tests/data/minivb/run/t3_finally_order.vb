' test: vb-run
Imports System

Module Program
    Sub Level3(fail As Boolean)
        Try
            Console.WriteLine("  level3 start")
            If fail Then Throw New ApplicationException("deep failure")
            Console.WriteLine("  level3 end")
        Finally
            Console.WriteLine("  level3 finally")
        End Try
    End Sub

    Sub Level2(fail As Boolean)
        Try
            Level3(fail)
        Catch ex As ArgumentException
            Console.WriteLine("  level2 wrong handler")
        Finally
            Console.WriteLine("  level2 finally")
        End Try
    End Sub

    Function Level1(fail As Boolean) As String
        Try
            Level2(fail)
            Return "ok"
        Catch ex As ApplicationException When ex.Message.Contains("deep")
            Return "handled: " & ex.Message
        Finally
            Console.WriteLine("  level1 finally")
        End Try
    End Function

    Function CountdownWithFinally() As Integer
        Dim n As Integer = 0
        For i As Integer = 1 To 5
            Try
                If i = 3 Then Continue For
                If i = 5 Then Exit For
                n += i
            Finally
                n += 100
            End Try
        Next
        Return n
    End Function

    Sub Main()
        Console.WriteLine(Level1(False))
        Console.WriteLine(Level1(True))
        Console.WriteLine(CountdownWithFinally())
    End Sub
End Module
