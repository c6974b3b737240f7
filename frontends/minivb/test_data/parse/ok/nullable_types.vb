Module M
    Sub Main()
        Dim a As Integer? = Nothing
        Dim b As Nullable(Of Integer) = 5
        Dim c? As Double
        If a.HasValue Then b = a.Value
        Dim d = If(a, 0)
    End Sub
End Module
