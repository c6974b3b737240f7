' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Tracked
    Implements IDisposable
    Public Shared ReadOnly Log As New List(Of String)
    Private ReadOnly name As String
    Private disposed As Boolean

    Public Sub New(name As String)
        Me.name = name
        Log.Add("open " & name)
    End Sub

    Public Sub Use()
        If disposed Then Throw New ObjectDisposedException(name)
        Log.Add("use " & name)
    End Sub

    Public Sub Dispose() Implements IDisposable.Dispose
        If disposed Then Return
        disposed = True
        Log.Add("close " & name)
    End Sub
End Class

Module Program
    Function Work(fail As Boolean) As Integer
        Using a As New Tracked("a")
            a.Use()
            Using b As New Tracked("b")
                b.Use()
                If fail Then Throw New InvalidOperationException("fail inside")
                Return 1
            End Using
        End Using
    End Function

    Sub Main()
        Console.WriteLine(Work(False))
        Try
            Work(True)
        Catch ex As InvalidOperationException
            Tracked.Log.Add("caught " & ex.Message)
        End Try
        Dim t As New Tracked("t")
        Using t
            t.Use()
        End Using
        Try
            t.Use()
        Catch ex As ObjectDisposedException
            Tracked.Log.Add("disposed already")
        End Try
        For i As Integer = 1 To 3
            Using x As New Tracked("loop" & i)
                If i = 2 Then Continue For
                If i = 3 Then Exit For
                x.Use()
            End Using
        Next
        Using nothingHere As Tracked = Nothing
            Tracked.Log.Add("null resource is fine")
        End Using
        For Each line In Tracked.Log
            Console.WriteLine(line)
        Next
    End Sub
End Module
