' test: vb-run
Imports System

Public Interface INotify
    Event Changed As EventHandler
    Sub Touch()
End Interface

Public Class Document
    Implements INotify
    Public Event Changed As EventHandler Implements INotify.Changed
    Private ReadOnly title As String
    Private ReadOnly onSave As Action(Of String)

    Public Sub New(title As String)
        Me.title = title
        onSave = Sub(msg) Console.WriteLine(Me.title & " saved: " & msg)
    End Sub

    Public Sub Touch() Implements INotify.Touch
        RaiseEvent Changed(Me, EventArgs.Empty)
    End Sub

    Public Sub Save()
        onSave("v" & Version())
    End Sub

    Private Function Version() As Integer
        Return title.Length
    End Function

    Public Overrides Function ToString() As String
        Return "Document(" & title & ")"
    End Function
End Class

Module Program
    Sub Main()
        Dim d As New Document("notes")
        Dim n As INotify = d
        Dim hits As Integer = 0
        Dim handler As EventHandler = Sub(sender, e)
                                          hits += 1
                                          Console.WriteLine("changed " & sender.ToString())
                                      End Sub
        AddHandler n.Changed, handler
        n.Touch()
        d.Touch()
        RemoveHandler n.Changed, handler
        d.Touch()
        Console.WriteLine(hits)
        d.Save()
        Dim fact As Func(Of Integer, Integer) = Nothing
        fact = Function(k) If(k <= 1, 1, k * fact(k - 1))
        Console.WriteLine(fact(6))
    End Sub
End Module
