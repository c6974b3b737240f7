Public Class Animal
End Class
Public Class Dog
    Inherits Animal
    Implements IComparable, IDisposable
    Public Sub Dispose() Implements IDisposable.Dispose
    End Sub
    Public Function CompareTo(ByVal other As Object) As Integer Implements IComparable.CompareTo
        Return 0
    End Function
End Class
