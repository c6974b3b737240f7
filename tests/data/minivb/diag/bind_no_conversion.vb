' test: diag
Class A
End Class

Module Program
    Sub Main()
        Dim a As New A()
        Dim n As Integer = a '~ BC30311
        Dim s As String = a '~ BC30311
        Dim b As Byte = 300 '~ BC30439
    End Sub
End Module
