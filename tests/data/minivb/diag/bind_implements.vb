' test: diag
Imports System

Interface IShape
    Function Area() As Double
End Interface

Class Square '~ BC30149
    Implements IShape
End Class

Class Circle '~ BC30149
    Implements IShape

    Public Function Area() As Double Implements IShape.Perimeter '~ BC30401
        Return 1
    End Function
End Class

NotInheritable Class Sealed
End Class

Class Child
    Inherits Sealed '~ BC30299
End Class
