' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface IGreeter
    Function Greet(name As String) As String
    ReadOnly Property Language As String
End Interface

Public Class English
    Implements IGreeter

    Public Function Greet(name As String) As String Implements IGreeter.Greet
        Return "Hello, " & name
    End Function

    Public ReadOnly Property Language As String Implements IGreeter.Language
        Get
            Return "en"
        End Get
    End Property
End Class

Public Class French
    Implements IGreeter

    Private Function SayIt(who As String) As String Implements IGreeter.Greet
        Return "Bonjour, " & who
    End Function

    Public ReadOnly Property Language As String Implements IGreeter.Language
        Get
            Return "fr"
        End Get
    End Property
End Class

Public Structure Point
    Public X As Integer
    Public Y As Integer

    Public Sub New(x As Integer, y As Integer)
        Me.X = x
        Me.Y = y
    End Sub

    Public Function Plus(o As Point) As Point
        Return New Point(X + o.X, Y + o.Y)
    End Function

    Public Overrides Function ToString() As String
        Return "(" & X & ", " & Y & ")"
    End Function

    Public Shared Operator +(a As Point, b As Point) As Point
        Return a.Plus(b)
    End Operator
End Structure

Public Enum Color
    Red
    Green = 5
    Blue
End Enum

<Flags>
Public Enum Perm
    None = 0
    Read = 1
    Write = 2
    Exec = 4
End Enum

Module Program
    Sub Main()
        Dim gs As New List(Of IGreeter)
        gs.Add(New English())
        gs.Add(New French())
        For Each g As IGreeter In gs
            Console.WriteLine(g.Language & ": " & g.Greet("Ada"))
        Next
        Dim p As New Point(1, 2)
        Dim q = p
        q.X = 10
        Console.WriteLine(p.ToString() & " " & q.ToString())
        Console.WriteLine((p + q).ToString())
        Dim c As Color = Color.Blue
        Console.WriteLine(c)
        Console.WriteLine(c.ToString())
        Console.WriteLine(CInt(c))
        Dim perm As Perm = Perm.Read Or Perm.Write
        Console.WriteLine(perm.ToString())
        Console.WriteLine((perm And Perm.Write) = Perm.Write)
        Dim boxed As Object = p
        Dim unboxed As Point = DirectCast(boxed, Point)
        Console.WriteLine(unboxed.Y)
    End Sub
End Module
