Module M
    Sub Main()
        Dim x As Integer = 1
        x = 2
        x += 1
        x -= 1
        x *= 3
        x \= 2
        Dim d As Double = 1
        d /= 2
        d ^= 2
        Dim s As String = ""
        s &= "x"
        x <<= 1
        x >>= 1
        arr(0) = 5
        Me.field = x
        obj.Prop.Inner = Nothing
    End Sub
End Module
