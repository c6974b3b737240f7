Module M
    Sub Main()
        Dim name = "w"
        Console.WriteLine($"Hello {name}!")
        Console.WriteLine($"{x,5:F2} and {{braces}} and ""quotes""")
        Console.WriteLine($"{If(a, "yes", "no")} {items(0)}")
        Dim empty = $""
    End Sub
End Module
