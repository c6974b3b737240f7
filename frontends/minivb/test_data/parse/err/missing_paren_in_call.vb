Module M
    Sub Main()
        Console.WriteLine("a"
        Foo(1, 2
        Dim z = CType(x Integer)
    End Sub
End Module
