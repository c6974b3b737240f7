Module M
    Sub A()
        Console.WriteLine(1)
    Sub B()
    End Sub
End Module
