' test: diag
Module Program
    Sub Main()
        ' & binds tighter than <<, so the shift count is a string.
        Dim a = 1 << 2 & "x" '~ BC30512
        Dim b = (1 << 2) & "x"
        ' Not is below comparisons: Not (1 = 2).
        Dim c As Boolean = Not 1 = 2
        Dim d As Integer = -2 ^ 2 '~ BC30512
    End Sub
End Module
