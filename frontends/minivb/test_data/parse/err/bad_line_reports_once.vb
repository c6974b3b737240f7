Module M
    Sub Main()
        Dim x As Integer = 1 2 3 4
        Console.WriteLine(1) extra tokens here
        y = 1 +
    End Sub
End Module
