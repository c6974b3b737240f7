Module M
    Sub Main()
        x = a.b.c(1).d(2, 3).e
        y = Me.Value
        z = MyBase.ToString()
        w = MyClass.Helper()
        v = Integer.Parse("1") + Integer.MaxValue
        u = String.Empty
        t = obj?.Name
        s = Global.System.Math.Max(1, 2)
        r = list.Item(0).ToString()
        q = a.[Error]
    End Sub
End Module
