' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Scheduler
    Private ReadOnly jobs As New List(Of KeyValuePair(Of Integer, Action))
    Public Property Now As Integer

    Public Sub At(time As Integer, job As Action)
        jobs.Add(New KeyValuePair(Of Integer, Action)(time, job))
    End Sub

    Public Sub Every(period As Integer, count As Integer, job As Action(Of Integer))
        For i As Integer = 1 To count
            Dim n = i
            At(period * i, Sub() job(n))
        Next
    End Sub

    Public Sub Run()
        jobs.Sort(Function(a, b) a.Key.CompareTo(b.Key))
        For Each j In jobs
            Now = j.Key
            j.Value()
        Next
    End Sub
End Class

Module Program
    Sub Main()
        Dim s As New Scheduler()
        s.At(5, Sub() Console.WriteLine("t=" & s.Now & " single job"))
        s.Every(3, 3, Sub(n) Console.WriteLine("t=" & s.Now & " tick " & n))
        s.At(1, Sub() Console.WriteLine("t=" & s.Now & " first"))
        s.Run()
        Console.WriteLine("ended at " & s.Now)
    End Sub
End Module
