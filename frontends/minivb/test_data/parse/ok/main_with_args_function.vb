Module Program
    Function Main(ByVal args() As String) As Integer
        If args.Length = 0 Then
            Return 1
        End If
        Return 0
    End Function
End Module
