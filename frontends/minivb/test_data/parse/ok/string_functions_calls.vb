Module M
    Sub Main()
        Dim s = "Hello, World"
        Dim n = s.Length
        Dim u = s.ToUpper().Trim()
        Dim p = s.Substring(0, 5).IndexOf("l")
        Dim parts = s.Split(","c)
        Dim r = s.Replace("o", "0")
        Dim f = String.Format("{0}-{1}", 1, 2)
        Dim c = s(0)
        Console.WriteLine(Math.Max(1, 2) + Math.Abs(-3))
    End Sub
End Module
