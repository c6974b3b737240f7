' test: diag
Class A
End Class

Module Program
    Sub Main()
        Dim a As New A()
        Dim b As New A()
        Dim c = a + b '~ BC30452
        Dim n As Integer = 5
        Dim t As Boolean = n Is Nothing '~ BC30020
        Dim d As Double = 2.5
        Dim q = d \ 2 '~ BC30512
        Dim m = -"x" '~ BC30487
    End Sub
End Module
