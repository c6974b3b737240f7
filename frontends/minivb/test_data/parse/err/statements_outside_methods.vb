Module M
    x = 1
    If a Then
    End If
    Return
End Module
Sub Orphan()
End Sub
