Module M
    Sub Main()
        Dim s = $"a {x + } b"
        Dim t = $"never closed
    End Sub
End Module
