Module M
    Sub Main()
        Console.WriteLine()
        Console.WriteLine("hi")
        Call Foo()
        Call Console.WriteLine(1)
        Foo
        list.Add(1)
        System.Console.Write(String.Format("{0}", 1))
        Process(a:=1, b:=2)
        Skip(1, , 3)
    End Sub
End Module
