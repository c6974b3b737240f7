Module M
    Sub [Sub]()
        Dim [Dim] As Integer = 1
        Dim [Class] = [Dim] + 1
        Dim count% = 1, total& = 2L, name$ = "n", ratio# = 1.5, money@ = 1D, f! = 1.0F
        [Sub]()
    End Sub
End Module
