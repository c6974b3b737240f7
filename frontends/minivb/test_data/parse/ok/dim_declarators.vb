Module M
    Sub Main()
        Dim a As Integer
        Dim b, c As String
        Dim d As Integer = 5, e As Long = 6L
        Dim f = 3.5
        Dim g As New List(Of Integer)
        Dim h As New Dictionary(Of String, Integer)() From {{"a", 1}}
        Dim i(10) As Integer
        Dim j() As Integer = {1, 2}
        Dim k(2, 3) As Double
        Dim l As Integer?
        Dim m? As Integer
        Static calls As Integer
        Const Limit As Integer = 100
        Dim n$ = "typed", o% = 4
    End Sub
End Module
