' test: diag
Module M
    Dim [Dim] As Integer
    Dim [open As Integer '~ BC30034
End Module
