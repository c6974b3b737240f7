Module M
    Sub Main()
        Exit
        Continue Loop
        Exit Banana
    End Sub
End Module
