Module M
    Function F() As Integer
        Return 1
