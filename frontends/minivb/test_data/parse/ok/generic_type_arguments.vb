Module M
    Sub Main()
        Dim a As List(Of Integer)
        Dim b As Dictionary(Of String, List(Of Integer()))
        Dim c = Foo(Of Integer)(1)
        Dim e = Enumerable.Empty(Of String)()
        Dim f As Func(Of Integer, Boolean)
        Dim g As System.Collections.Generic.IEnumerable(Of Object)
    End Sub
End Module
