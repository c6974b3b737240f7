Module M
    Sub Main()
        Try
            Risky()
        Catch ex As ArgumentException When ex.Message <> ""
            Console.WriteLine(ex.Message)
        Catch ex As Exception
            Throw
        Catch
        Finally
            Cleanup()
        End Try
        Try
            Risky()
        Finally
        End Try
    End Sub
End Module
