' test: diag
Module Program
    Const Big As Integer = 2147483647
    Const TooBig As Integer = Big + 1 '~ BC30059
    Const Shorty As Short = 40000 '~ BC30059

    Sub Main()
        Dim b As Byte = 256 '~ BC30439
        Dim s As SByte = -129 '~ BC30439
        Dim q = 10 Mod 0 '~ BC30542
        Dim ok As Byte = 255
    End Sub
End Module
