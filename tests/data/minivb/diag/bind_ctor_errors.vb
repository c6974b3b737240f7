' test: diag
Class Point
    Public X As Integer

    Public Sub New(x As Integer)
        Me.X = x
    End Sub
End Class

Class Point3
    Inherits Point

    Public Sub New()
        MyBase.New() '~ BC30455
    End Sub
End Class

Module Program
    Sub Main()
        Dim p As New Point() '~ BC30455
        Dim q As New Point(1, 2) '~ BC30057
        Dim r As New Point("x") '~ BC30512
    End Sub
End Module
