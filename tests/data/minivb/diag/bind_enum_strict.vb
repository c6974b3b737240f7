' test: diag
Enum Color
    Red
    Green
End Enum

Module Program
    Sub Main()
        Dim c As Color = 1 '~ BC30512
        Dim n As Integer = Color.Green
        Dim ok As Color = CType(1, Color)
        Dim b As Byte = Color.Red '~ BC30512
    End Sub
End Module
