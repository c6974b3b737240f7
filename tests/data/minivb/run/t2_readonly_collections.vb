' test: vb-run
Imports System
Imports System.Collections.Generic
Imports System.Collections.ObjectModel

Public Class Team
    Private ReadOnly members As New List(Of String)

    Public ReadOnly Property Name As String

    Public Sub New(name As String, ParamArray initial() As String)
        Me.Name = name
        members.AddRange(initial)
    End Sub

    Public ReadOnly Property Roster As ReadOnlyCollection(Of String)
        Get
            Return members.AsReadOnly()
        End Get
    End Property

    Public Sub Join(person As String)
        If members.Contains(person) Then Throw New InvalidOperationException(person & " already in " & Name)
        members.Add(person)
    End Sub
End Class

Module Program
    Sub Main()
        Dim t As New Team("core", "ann", "bob")
        t.Join("cy")
        Console.WriteLine(t.Name & ": " & String.Join(", ", t.Roster) & " (" & t.Roster.Count & ")")
        Try
            t.Join("ann")
        Catch ex As InvalidOperationException
            Console.WriteLine(ex.Message)
        End Try
        Dim view As IList(Of String) = t.Roster
        Try
            view.Add("eve")
        Catch ex As NotSupportedException
            Console.WriteLine("roster is read-only")
        End Try
        Console.WriteLine(t.Roster(2))
        Dim empty As New Team("empty")
        Console.WriteLine(empty.Roster.Count)
    End Sub
End Module
