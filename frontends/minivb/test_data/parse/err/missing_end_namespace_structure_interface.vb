Namespace N
    Structure S
        Dim x As Integer
    Interface I
        Sub M()
