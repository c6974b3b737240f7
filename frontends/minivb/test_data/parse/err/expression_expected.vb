Module M
    Sub Main()
        x = 
        y = 1 * * 2
        Return )
    End Sub
End Module
