' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface ICommand
    Sub Execute()
    Sub Undo()
    ReadOnly Property Name As String
End Interface

Public Class Editor
    Public Text As String = ""
End Class

Public Class InsertCommand
    Implements ICommand
    Private ReadOnly editor As Editor
    Private ReadOnly piece As String

    Public Sub New(editor As Editor, piece As String)
        Me.editor = editor
        Me.piece = piece
    End Sub

    Public Sub Execute() Implements ICommand.Execute
        editor.Text &= piece
    End Sub

    Public Sub Undo() Implements ICommand.Undo
        editor.Text = editor.Text.Substring(0, editor.Text.Length - piece.Length)
    End Sub

    Public ReadOnly Property Name As String Implements ICommand.Name
        Get
            Return "insert '" & piece & "'"
        End Get
    End Property
End Class

Public Class UpperCommand
    Implements ICommand
    Private ReadOnly editor As Editor
    Private before As String

    Public Sub New(editor As Editor)
        Me.editor = editor
    End Sub

    Public Sub Execute() Implements ICommand.Execute
        before = editor.Text
        editor.Text = editor.Text.ToUpper()
    End Sub

    Public Sub Undo() Implements ICommand.Undo
        editor.Text = before
    End Sub

    Public ReadOnly Property Name As String Implements ICommand.Name
        Get
            Return "upper"
        End Get
    End Property
End Class

Module Program
    Sub Main()
        Dim ed As New Editor()
        Dim history As New Stack(Of ICommand)
        Dim run As Action(Of ICommand) = Sub(c)
                                             c.Execute()
                                             history.Push(c)
                                             Console.WriteLine(c.Name.PadRight(14) & "-> """ & ed.Text & """")
                                         End Sub
        run(New InsertCommand(ed, "hello"))
        run(New InsertCommand(ed, " world"))
        run(New UpperCommand(ed))
        While history.Count > 0
            Dim c = history.Pop()
            c.Undo()
            Console.WriteLine("undo " & c.Name.PadRight(9) & "-> """ & ed.Text & """")
        End While
    End Sub
End Module
