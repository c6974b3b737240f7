Class Repo
    Implements IEnumerable(Of Integer), IDisposable
    Public Function GetEnumerator() As IEnumerator(Of Integer) Implements IEnumerable(Of Integer).GetEnumerator
        Return Nothing
    End Function
    Private Function GetEnumerator1() As IEnumerator Implements IEnumerable.GetEnumerator
        Return Nothing
    End Function
    Public Sub Dispose() Implements IDisposable.Dispose
    End Sub
    Public Property Count As Integer Implements ICounter.Count, IOther.Count
End Class
