' A library compiled by vbc-lite against the C# Shapes.dll: VB classes deriving from a
' C# abstract class and overriding its members, an event C# subscribes to, and an
' exception thrown here for C# to catch.
Imports System
Imports Shapes

Namespace Polygons
    Public Class Square
        Inherits Shape
        Private ReadOnly side As Double

        Public Sub New(side As Double)
            Me.side = side
        End Sub

        Public Overrides Function Area() As Double
            Return side * side
        End Function
    End Class

    Public Class Triangle
        Inherits Shape
        Private ReadOnly baseLength As Double
        Private ReadOnly height As Double

        Public Sub New(baseLength As Double, height As Double)
            If baseLength <= 0 OrElse height <= 0 Then
                Throw New ArgumentException("a triangle needs positive sides")
            End If
            Me.baseLength = baseLength
            Me.height = height
        End Sub

        Public Overrides Function Area() As Double
            Return baseLength * height / 2
        End Function

        Public Overrides ReadOnly Property Name As String
            Get
                Return "Triangle(" & baseLength & "x" & height & ")"
            End Get
        End Property
    End Class

    Public Class Registry
        Public Event Added(shape As Shape)
        Private total As Integer

        Public Sub Add(s As Shape)
            total += 1
            RaiseEvent Added(s)
        End Sub

        Public ReadOnly Property Count As Integer
            Get
                Return total
            End Get
        End Property
    End Class
End Namespace
