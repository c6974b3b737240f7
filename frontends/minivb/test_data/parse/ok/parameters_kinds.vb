Module P
    Sub A(ByVal x As Integer, ByRef y As Integer)
    End Sub
    Sub B(Optional ByVal s As String = "hi", Optional n As Integer = -1)
    End Sub
    Function C(ParamArray items() As Object) As Integer
        Return items.Length
    End Function
    Sub D(a As Integer(), b As Integer?, c() As String, d(,) As Double)
    End Sub
End Module
