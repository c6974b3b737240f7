Module M
    Sub Main()
        Dim total = 1 +
            2 +
            3
        Dim s = "a" & _
            "b"
        Console.WriteLine(
            "x",
            1
        )
        Dim arr = {
            1,
            2
        }
        If a AndAlso
           b Then
            x = 1
        End If
    End Sub
End Module
