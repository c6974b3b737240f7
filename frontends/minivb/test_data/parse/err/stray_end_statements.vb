Module M
    Sub Main()
        End If
        Next
        Loop
        End While
        Else
        Case 1
        Catch
        End Try
    End Sub
    End Sub
End Module
End Class
