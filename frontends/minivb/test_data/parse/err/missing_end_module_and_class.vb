Module M
    Sub Main()
    End Sub
Class C
    Sub X()
    End Sub
