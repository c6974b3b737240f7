Module M
    Sub Main()
        Do While i < 10
            i += 1
        Loop
        Do Until i = 0
            i -= 1
            If i = 3 Then Exit Do
        Loop
        Do
            i += 1
            Continue Do
        Loop While i < 5
        Do
            i -= 1
        Loop Until i <= 0
        Do
            Exit Do
        Loop
    End Sub
End Module
