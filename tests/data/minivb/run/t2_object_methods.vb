' test: vb-run
Imports System

Public Class Point3
    Public X As Integer, Y As Integer, Z As Integer

    Public Sub New(x As Integer, y As Integer, z As Integer)
        Me.X = x : Me.Y = y : Me.Z = z
    End Sub

    Public Overrides Function ToString() As String
        Return String.Format("Point3({0}, {1}, {2})", X, Y, Z)
    End Function

    Public Overrides Function Equals(obj As Object) As Boolean
        Dim p = TryCast(obj, Point3)
        If p Is Nothing Then Return False
        Return p.X = X AndAlso p.Y = Y AndAlso p.Z = Z
    End Function

    Public Overrides Function GetHashCode() As Integer
        Return (X * 31 + Y) * 31 + Z
    End Function

    Public Function Clone() As Point3
        Return DirectCast(MemberwiseClone(), Point3)
    End Function
End Class

Module Program
    Sub Main()
        Dim a As New Point3(1, 2, 3)
        Dim b = a.Clone()
        Console.WriteLine(a.ToString())
        Console.WriteLine(a.Equals(b) & " " & (a Is b) & " " & Object.ReferenceEquals(a, b))
        b.Z = 9
        Console.WriteLine(a.Equals(b) & " " & a.Z)
        Console.WriteLine(a.GetHashCode() = New Point3(1, 2, 3).GetHashCode())
        Console.WriteLine(a.GetType().Name & " " & GetType(Point3).FullName)
        Dim o As Object = a
        Console.WriteLine(o.ToString())
        Console.WriteLine(Object.Equals(Nothing, Nothing) & " " & Object.Equals(a, Nothing))
        Console.WriteLine(42.ToString() & True.ToString() & "x"c.ToString())
    End Sub
End Module
