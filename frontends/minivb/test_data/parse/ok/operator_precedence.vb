Module M
    Sub Main()
        a = 1 + 2 * 3 - 4 / 5
        b = 7 \ 2 Mod 3
        c = -2 ^ 2
        d = 2 ^ 3 ^ 2
        e = "a" & 1 + 2
        f = 1 << 2 + 1
        g = a < b And c > d Or e = f Xor Not g
        h = a <= b AndAlso c >= d OrElse e <> f
        i = Not a = b
        j = x Is Nothing
        k = x IsNot Nothing
        l = s Like "a*"
        m = -x * -y
        n = 2 ^ -1
    End Sub
End Module
