Module M
    Sub Main()
        a = If(x > 0, "pos", "neg")
        b = If(s, "default")
        c = If(If(a, b), c)
        d = If(flag, If(x, 1, 2), 3)
    End Sub
End Module
