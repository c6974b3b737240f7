Module M
    Sub Main()
        Dim a = {1, 2, 3}
        Dim b = New Integer() {1, 2}
        Dim c = New Integer(9) {}
        Dim d = New Integer(,) {{1, 2}, {3, 4}}
        Dim e = New String(2, 3) {}
        Dim f = New Integer()() {New Integer() {1}, New Integer() {}}
        Dim g As Integer()() = {}
        Dim h = {{1, 2}, {3, 4}}
        Dim n = a.Length + a(0) + d(1, 1)
    End Sub
End Module
