' test: diag
Module M
    Dim s As Short = 32768S '~ BC30036
    Dim c As Char = "ab"c '~ BC30004
    Dim h As Integer = &HFFFFFFFFI
End Module
