Module M
    Sub Main()
        Dim class As Integer = 1
        Dim As Integer
    End Sub
End Module
