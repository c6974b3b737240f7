Public Class Outer
    Public Class Inner
        Public Structure Deep
            Public V As Integer
        End Structure
    End Class
    Private Enum State
        Idle
        Busy
    End Enum
    Public Interface INested
        Sub Go()
    End Interface
    Delegate Sub Callback()
End Class
