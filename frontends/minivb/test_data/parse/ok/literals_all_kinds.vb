Module M
    Sub Main()
        a = 42
        b = &HFF
        c = &O17
        d = &B1010
        e = 1_000_000L
        f = 3.14
        g = 1.5E+3
        h = 2.5F
        i = 10D
        j = "text with ""quotes"""
        k = "x"c
        l = True
        m = False
        n = Nothing
        o = 100UI
        p = 7S
    End Sub
End Module
