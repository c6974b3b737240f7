Module M
    Sub Main()
        Dim f = Function(x As Integer)
                    Return x
    End Sub
End Module
