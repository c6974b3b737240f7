Module M
    Declare Function Foo "kernel32" () As Integer
    Declare Bar Lib "x" ()
    Delegate Baz(x As Integer)
End Module
