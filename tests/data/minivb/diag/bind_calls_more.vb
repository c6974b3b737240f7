' test: diag
Module Program
    Sub Greet(name As String, Optional times As Integer = 1)
    End Sub

    Sub Main()
        Greet() '~ BC30455
        Greet("a", 2, 3) '~ BC30057
        Greet("a", "b") '~ BC30512
        Dim x As Integer = 5
        x() '~ BC30454
        Dim s As String = "abc"
        Dim c As Char = s(0)
    End Sub
End Module
