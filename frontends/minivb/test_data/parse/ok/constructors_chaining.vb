Class Base
    Public Sub New()
    End Sub
    Public Sub New(ByVal x As Integer)
        Me.New()
    End Sub
    Shared Sub New()
    End Sub
End Class
Class Derived
    Inherits Base
    Public Sub New()
        MyBase.New(1)
        MyClass.Init()
    End Sub
    Private Sub Init()
    End Sub
End Class
