Public Class Box(Of T As {Class, New, IComparable})
    Private value As T
    Public Function Map(Of U As Structure)(f As Func(Of T, U)) As U
        Return f(value)
    End Function
End Class
Public Interface IRepo(Of In TKey, Out TValue)
    Function Get1(key As TKey) As TValue
End Interface
Class Pair(Of K, V)
    Public Key As K
    Public Value As Dictionary(Of K, List(Of V))
End Class
