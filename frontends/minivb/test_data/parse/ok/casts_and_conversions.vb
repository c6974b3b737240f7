Module M
    Sub Main()
        a = CType(x, Integer)
        b = DirectCast(o, String)
        c = TryCast(o, IDisposable)
        d = CInt(2.5) + CLng(1) + CShort(1) + CByte(1) + CSByte(1)
        e = CDbl(1) + CSng(1) + CDec(1)
        f = CStr(1) & CChar("x")
        g = CBool(1) AndAlso True
        h = CObj(1)
        i = CUInt(1) + CULng(1) + CUShort(1)
        j = CType(CType(x, Object), List(Of Integer))
    End Sub
End Module
