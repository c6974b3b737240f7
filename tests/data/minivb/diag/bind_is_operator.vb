' test: diag
Module Program
    Sub Main()
        Dim a As Object = Nothing
        Dim n As Integer = 3
        System.Console.WriteLine(a Is Nothing)
        Dim b = n IsNot Nothing '~ BC30020
        Dim c = 1.5 Is 2.5 '~ BC30020
        Dim s As String = "x"
        Dim d = s Is a
    End Sub
End Module
