Public MustInherit Class Shape
    Public MustOverride Function Area() As Double
    Public Overridable Function Describe() As String
        Return "shape"
    End Function
    Protected Friend Shared Count As Integer
End Class
Public NotInheritable Class Square
    Inherits Shape
    Private ReadOnly side As Double
    Public Overrides Function Area() As Double
        Return side * side
    End Function
    Public NotOverridable Overrides Function Describe() As String
        Return MyBase.Describe() & "!"
    End Function
    Public Shadows Overloads Sub Reset()
    End Sub
End Class
