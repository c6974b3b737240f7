Module M
    Iterator Function Count(n As Integer) As IEnumerable(Of Integer)
        For i = 1 To n
            Yield i
        Next
    End Function
    Public Iterator Function Evens() As IEnumerator(Of Integer)
        Yield 2
        Yield 4
    End Function
End Module
