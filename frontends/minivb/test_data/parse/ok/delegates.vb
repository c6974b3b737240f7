Public Delegate Sub Notify(ByVal message As String)
Public Delegate Function Combine(Of T)(a As T, b As T) As T
Module M
    Delegate Function Pred(x As Integer) As Boolean
End Module
