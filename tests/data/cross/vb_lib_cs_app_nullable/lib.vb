Imports System

Public Module Lookup
    Public Function FindIndex(items As String(), target As String) As Integer?
        For i As Integer = 0 To items.Length - 1
            If items(i) = target Then Return i
        Next
        Return Nothing
    End Function

    Public Function AddOptional(a As Integer?, b As Integer?) As Integer?
        Return a + b
    End Function

    Public Function OrZero(x As Double?) As Double
        Return If(x, 0.0)
    End Function
End Module
