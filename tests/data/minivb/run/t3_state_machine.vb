' test: vb-run
Imports System
Imports System.Collections.Generic

Public Enum DoorState
    Closed
    Open
    Locked
End Enum

Public Class Door
    Private ReadOnly transitions As New Dictionary(Of String, DoorState)
    Public Property State As DoorState = DoorState.Closed
    Public Event Changed(fromState As DoorState, toState As DoorState)

    Public Sub New()
        Allow(DoorState.Closed, "open", DoorState.Open)
        Allow(DoorState.Open, "close", DoorState.Closed)
        Allow(DoorState.Closed, "lock", DoorState.Locked)
        Allow(DoorState.Locked, "unlock", DoorState.Closed)
    End Sub

    Private Sub Allow(from As DoorState, action As String, target As DoorState)
        transitions(from.ToString() & ":" & action) = target
    End Sub

    Public Function Fire(action As String) As Boolean
        Dim target As DoorState
        If Not transitions.TryGetValue(State.ToString() & ":" & action, target) Then Return False
        Dim old = State
        State = target
        RaiseEvent Changed(old, target)
        Return True
    End Function
End Class

Module Program
    Sub Main()
        Dim d As New Door()
        AddHandler d.Changed, Sub(a, b) Console.WriteLine("  " & a.ToString() & " -> " & b.ToString())
        For Each action In "open,lock,close,lock,open,unlock,open".Split(","c)
            Dim ok = d.Fire(action)
            Console.WriteLine(action & ": " & If(ok, "ok", "refused") & " (" & d.State.ToString() & ")")
        Next
    End Sub
End Module
