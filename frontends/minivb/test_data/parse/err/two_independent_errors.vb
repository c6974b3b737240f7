Module M
    Sub A()
        Dim a = (1 + 2
    End Sub
    Sub B()
        Dim b = Foo(1 2)
    End Sub
End Module
