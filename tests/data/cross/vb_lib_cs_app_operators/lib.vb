Imports System

Public Structure Vector2
    Public ReadOnly X As Double
    Public ReadOnly Y As Double

    Public Sub New(x As Double, y As Double)
        Me.X = x
        Me.Y = y
    End Sub

    Public Shared Operator +(a As Vector2, b As Vector2) As Vector2
        Return New Vector2(a.X + b.X, a.Y + b.Y)
    End Operator

    Public Shared Operator -(a As Vector2, b As Vector2) As Vector2
        Return New Vector2(a.X - b.X, a.Y - b.Y)
    End Operator

    Public Shared Operator *(k As Double, v As Vector2) As Vector2
        Return New Vector2(k * v.X, k * v.Y)
    End Operator

    Public Shared Operator =(a As Vector2, b As Vector2) As Boolean
        Return a.X = b.X AndAlso a.Y = b.Y
    End Operator

    Public Shared Operator <>(a As Vector2, b As Vector2) As Boolean
        Return Not (a = b)
    End Operator

    Public Shared Narrowing Operator CType(v As Vector2) As Double
        Return Math.Sqrt(v.X * v.X + v.Y * v.Y)
    End Operator

    Public ReadOnly Property Length As Double
        Get
            Return CType(Me, Double)
        End Get
    End Property

    Public Overrides Function ToString() As String
        Return "(" & X & ", " & Y & ")"
    End Function
End Structure
