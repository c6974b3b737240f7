' test: vb-run
Imports System

Public Class Base
    Protected ReadOnly log As String = Trace("Base field")

    Public Sub New()
        Console.WriteLine("Base ctor, describe=" & Describe())
    End Sub

    Protected Shared Function Trace(what As String) As String
        Console.WriteLine("init " & what)
        Return what
    End Function

    Public Overridable Function Describe() As String
        Return "base"
    End Function
End Class

Public Class Middle
    Inherits Base
    Private ReadOnly tag As String = Trace("Middle field")

    Public Sub New()
        MyBase.New()
        Console.WriteLine("Middle ctor")
    End Sub

    Public Overrides Function Describe() As String
        Return "middle(" & If(tag, "not yet") & ")"
    End Function
End Class

Public Class Leaf
    Inherits Middle
    Private ReadOnly extra As Integer = CInt(Trace("Leaf field").Length)

    Public Sub New(x As Integer)
        Console.WriteLine("Leaf ctor " & (x + extra))
    End Sub

    Public Overrides Function Describe() As String
        Return "leaf<" & MyBase.Describe() & ">"
    End Function
End Class

Module Program
    Sub Main()
        Dim l As New Leaf(1)
        Console.WriteLine(l.Describe())
        Dim b As Base = l
        Console.WriteLine(b.Describe())
    End Sub
End Module
