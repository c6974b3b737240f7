Imports System
Imports System.Collections.Generic

Public Class SparseVector
    Private ReadOnly values As New Dictionary(Of Integer, Double)
    Public ReadOnly Property Dimension As Integer

    Public Sub New(dimension As Integer)
        Me.Dimension = dimension
    End Sub

    Default Public Property Item(index As Integer) As Double
        Get
            If index < 0 OrElse index >= Dimension Then Throw New IndexOutOfRangeException()
            Dim v As Double
            If values.TryGetValue(index, v) Then Return v
            Return 0
        End Get
        Set(value As Double)
            If index < 0 OrElse index >= Dimension Then Throw New IndexOutOfRangeException()
            If value = 0 Then
                values.Remove(index)
            Else
                values(index) = value
            End If
        End Set
    End Property

    Public ReadOnly Property NonZero As Integer
        Get
            Return values.Count
        End Get
    End Property

    Public Function Dot(other As SparseVector) As Double
        Dim s As Double = 0
        For Each kv In values
            s += kv.Value * other(kv.Key)
        Next
        Return s
    End Function
End Class
