Public Interface IShape
    Inherits IComparable
    Function Area() As Double
    Sub Draw(ByVal scale As Integer)
    ReadOnly Property Name As String
    Property Tag As Object
    Event Changed(sender As Object, e As EventArgs)
End Interface
