Module M
    Sub Main()
        If TypeOf o Is String Then x = 1
        If TypeOf o IsNot Integer Then x = 2
        b = Not TypeOf o Is Exception
        t = GetType(Integer)
        u = GetType(Dictionary(Of String, Integer))
        n = NameOf(Main)
        m = NameOf(Console.WriteLine)
    End Sub
End Module
