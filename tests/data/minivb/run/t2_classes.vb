' test: vb-run
Imports System

Namespace Shapes
    Public MustInherit Class Shape
        Private ReadOnly _name As String

        Protected Sub New(name As String)
            _name = name
        End Sub

        Public ReadOnly Property Name As String
            Get
                Return _name
            End Get
        End Property

        Public MustOverride Function Area() As Double

        Public Overridable Function Describe() As String
            Return Name & " with area " & Area().ToString("F2")
        End Function

        Public Overrides Function ToString() As String
            Return "Shape(" & Name & ")"
        End Function
    End Class

    Public Class Circle
        Inherits Shape
        Public Property Radius As Double

        Public Sub New(r As Double)
            MyBase.New("circle")
            Radius = r
        End Sub

        Public Overrides Function Area() As Double
            Return Math.PI * Radius * Radius
        End Function
    End Class

    Public NotInheritable Class Rect
        Inherits Shape
        Private w As Double, h As Double

        Public Sub New(w As Double, h As Double)
            MyBase.New("rect")
            Me.w = w
            Me.h = h
        End Sub

        Public Overrides Function Area() As Double
            Return w * h
        End Function

        Public Overrides Function Describe() As String
            Return "[" & MyBase.Describe() & "]"
        End Function
    End Class
End Namespace

Module Program
    Private count As Integer

    Sub Main()
        Dim shapes As Shapes.Shape() = {New Shapes.Circle(1.5), New Shapes.Rect(2, 3)}
        For Each s In shapes
            Console.WriteLine(s.Describe())
            Console.WriteLine(s.ToString())
            count += 1
        Next
        Console.WriteLine(count)
        Dim c As New Shapes.Circle(2)
        c.Radius = 3
        Console.WriteLine(c.Area().ToString("F3"))
        Dim o As Object = c
        Console.WriteLine(TypeOf o Is Shapes.Shape)
        Console.WriteLine(TypeOf o Is Shapes.Rect)
        Dim r As Shapes.Rect = TryCast(o, Shapes.Rect)
        Console.WriteLine(r Is Nothing)
        Dim back As Shapes.Circle = DirectCast(o, Shapes.Circle)
        Console.WriteLine(back.Radius)
    End Sub
End Module
