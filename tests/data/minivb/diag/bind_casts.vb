' test: diag
Class Animal
End Class

Class Rock
End Class

Module Program
    Sub Main()
        Dim a As New Animal()
        Dim n As Integer = DirectCast(1.5, Integer) '~ BC30311
        Dim r As Rock = DirectCast(a, Rock) '~ BC30311
        Dim s = TryCast(a, Integer) '~ BC30792
        Dim ok As Object = DirectCast(a, Object)
        Dim i As Integer = CInt("12")
    End Sub
End Module
