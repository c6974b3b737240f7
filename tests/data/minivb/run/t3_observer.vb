' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface IObserver(Of T)
    Sub OnNext(value As T)
    Sub OnDone()
End Interface

Public Class Subject(Of T)
    Private ReadOnly observers As New List(Of IObserver(Of T))

    Public Function Subscribe(o As IObserver(Of T)) As Action
        observers.Add(o)
        Return Sub() observers.Remove(o)
    End Function

    Public Sub Publish(value As T)
        For Each o In observers.ToArray()
            o.OnNext(value)
        Next
    End Sub

    Public Sub Complete()
        For Each o In observers
            o.OnDone()
        Next
    End Sub
End Class

Public Class Printer(Of T)
    Implements IObserver(Of T)
    Private ReadOnly name As String

    Public Sub New(name As String)
        Me.name = name
    End Sub

    Public Sub OnNext(value As T) Implements IObserver(Of T).OnNext
        Console.WriteLine(name & " got " & value.ToString())
    End Sub

    Public Sub OnDone() Implements IObserver(Of T).OnDone
        Console.WriteLine(name & " done")
    End Sub
End Class

Public Class Summer
    Implements IObserver(Of Integer)
    Public Total As Integer

    Public Sub OnNext(value As Integer) Implements IObserver(Of Integer).OnNext
        Total += value
    End Sub

    Public Sub OnDone() Implements IObserver(Of Integer).OnDone
        Console.WriteLine("sum " & Total)
    End Sub
End Class

Module Program
    Sub Main()
        Dim s As New Subject(Of Integer)
        Dim unsubscribeA = s.Subscribe(New Printer(Of Integer)("A"))
        s.Subscribe(New Printer(Of Integer)("B"))
        Dim sum As New Summer()
        s.Subscribe(sum)
        s.Publish(1)
        s.Publish(2)
        unsubscribeA()
        s.Publish(3)
        s.Complete()
        Dim words As New Subject(Of String)
        words.Subscribe(New Printer(Of String)("W"))
        words.Publish("hello")
        words.Complete()
    End Sub
End Module
