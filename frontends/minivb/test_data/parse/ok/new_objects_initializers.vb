Module M
    Sub Main()
        Dim a = New Object()
        Dim b = New Point With {.X = 1, .Y = 2}
        Dim c = New List(Of Integer) From {1, 2, 3}
        Dim d = New Dictionary(Of String, Integer) From {{"a", 1}, {"b", 2}}
        Dim e As New Point() With {.X = 3}
        Dim f = New StringBuilder
        Dim g = New Customer("n") With {.Age = 3}
    End Sub
End Module
