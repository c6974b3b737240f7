' test: cls
' expect-codes:
Imports System

<Assembly: CLSCompliant(True)>

Namespace Geometry
    Public Interface IShape
        Function Area() As Double
        ReadOnly Property Name As String
    End Interface

    Public MustInherit Class Shape
        Implements IShape
        Public MustOverride Function Area() As Double Implements IShape.Area
        Public ReadOnly Property Name As String Implements IShape.Name
            Get
                Return Me.GetType().Name
            End Get
        End Property
    End Class

    Public Class Circle
        Inherits Shape
        Public Radius As Double
        Public Overrides Function Area() As Double
            Return 3.14159 * Radius * Radius
        End Function
    End Class
End Namespace
