Module M
    Sub Main()
        Dim sq = Function(x As Integer) x * x
        Dim add = Function(a, b) a + b
        Dim p = Sub(s As String) Console.WriteLine(s)
        Dim n = Function() 42
        items.ForEach(Sub(i) total += i)
        Dim q = list.Where(Function(v) v > 2).Select(Function(v) v * 2)
    End Sub
End Module
