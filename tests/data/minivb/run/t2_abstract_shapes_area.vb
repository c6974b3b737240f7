' test: vb-run
Imports System
Imports System.Collections.Generic

Public MustInherit Class Shape
    Implements IComparable(Of Shape)

    Public MustOverride ReadOnly Property Area As Double
    Public MustOverride ReadOnly Property Perimeter As Double

    Public Function CompareTo(other As Shape) As Integer Implements IComparable(Of Shape).CompareTo
        Return Area.CompareTo(other.Area)
    End Function

    Public Overrides Function ToString() As String
        Return Me.GetType().Name & " area=" & Area.ToString("F2") & " perimeter=" & Perimeter.ToString("F2")
    End Function
End Class

Public Class Rectangle
    Inherits Shape
    Public ReadOnly W As Double, H As Double

    Public Sub New(w As Double, h As Double)
        Me.W = w
        Me.H = h
    End Sub

    Public Overrides ReadOnly Property Area As Double
        Get
            Return W * H
        End Get
    End Property

    Public Overrides ReadOnly Property Perimeter As Double
        Get
            Return 2 * (W + H)
        End Get
    End Property
End Class

Public Class Square
    Inherits Rectangle

    Public Sub New(side As Double)
        MyBase.New(side, side)
    End Sub
End Class

Public Class Circle
    Inherits Shape
    Public ReadOnly R As Double

    Public Sub New(r As Double)
        Me.R = r
    End Sub

    Public Overrides ReadOnly Property Area As Double
        Get
            Return Math.PI * R * R
        End Get
    End Property

    Public Overrides ReadOnly Property Perimeter As Double
        Get
            Return 2 * Math.PI * R
        End Get
    End Property
End Class

Module Program
    Sub Main()
        Dim shapes As New List(Of Shape) From {New Rectangle(3, 4), New Circle(1), New Square(2.5), New Circle(2)}
        shapes.Sort()
        For Each s In shapes
            Console.WriteLine(s)
        Next
        Dim total As Double = 0
        For Each s In shapes
            total += s.Area
        Next
        Console.WriteLine("total " & total.ToString("F3"))
        Console.WriteLine(TypeOf shapes(1) Is Rectangle)
    End Sub
End Module
