' test: diag
Module Program
    Sub Main()
        Dim d As Double = 2.5
        Dim i As Integer = d '~ BC30512
        Dim s As String = "x"
        Dim n As Integer = s '~ BC30512
        Dim o As Object = 1
        Dim k As Integer = o '~ BC30512
        Dim b As Boolean = New Object() '~ BC30512
        Dim l As Long = 5
        Dim ok As Double = l
    End Sub
End Module
