Module M
    Sub Main()
        Dim a = 1 : Dim b = 2 : a += b
        x = 1 : y = 2
    End Sub
End Module
