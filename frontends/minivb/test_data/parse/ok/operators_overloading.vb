Public Structure Money
    Public Amount As Long
    Public Shared Operator +(a As Money, b As Money) As Money
        Return New Money With {.Amount = a.Amount + b.Amount}
    End Operator
    Public Shared Operator =(a As Money, b As Money) As Boolean
        Return a.Amount = b.Amount
    End Operator
    Public Shared Operator <>(a As Money, b As Money) As Boolean
        Return Not a = b
    End Operator
    Public Shared Widening Operator CType(x As Long) As Money
        Return New Money With {.Amount = x}
    End Operator
    Public Shared Narrowing Operator CType(m As Money) As Long
        Return m.Amount
    End Operator
    Public Shared Operator Not(m As Money) As Money
        Return m
    End Operator
End Structure
