Imports System
Imports System.Collections.Generic

Namespace Geometry
    Public Interface IShape
        Function Area() As Double
        ReadOnly Property Name As String
    End Interface

    Public MustInherit Class Shape
        Implements IShape

        Public MustOverride Function Area() As Double Implements IShape.Area

        Public Overridable ReadOnly Property Name As String Implements IShape.Name
            Get
                Return "shape"
            End Get
        End Property

        Public Overrides Function ToString() As String
            Return Name & "[" & Area().ToString("F1") & "]"
        End Function
    End Class

    Public Class Circle
        Inherits Shape
        Public Property Radius As Double

        Public Sub New(radius As Double)
            Me.Radius = radius
        End Sub

        Public Overrides Function Area() As Double
            Return Math.PI * Radius * Radius
        End Function

        Public Overrides ReadOnly Property Name As String
            Get
                Return "circle"
            End Get
        End Property
    End Class

    Public Module Shapes
        Public Function Largest(shapes As IEnumerable(Of IShape)) As IShape
            Dim best As IShape = Nothing
            For Each s In shapes
                If best Is Nothing OrElse s.Area() > best.Area() Then best = s
            Next
            Return best
        End Function

        Public Function Scale(values As Double(), f As Func(Of Double, Double)) As Double()
            Dim out(values.Length - 1) As Double
            For i As Integer = 0 To values.Length - 1
                out(i) = f(values(i))
            Next
            Return out
        End Function

        Public Sub Validate(r As Double)
            If r < 0 Then Throw New ArgumentException("negative radius")
        End Sub
    End Module

    Public Class Registry(Of T)
        Private ReadOnly items As New Dictionary(Of String, T)
        Public Event Registered(name As String)

        Public Sub Add(name As String, item As T)
            items(name) = item
            RaiseEvent Registered(name)
        End Sub

        Public Function Find(name As String) As T
            Dim v As T = Nothing
            items.TryGetValue(name, v)
            Return v
        End Function

        Public ReadOnly Property Count As Integer
            Get
                Return items.Count
            End Get
        End Property
    End Class
End Namespace
