' test: cross-run
' lib: lib.cs
' lib-compiler: mcs
' twin: lib.cs twin.cs
Imports System
Imports System.Collections.Generic
Imports Pipeline

Public Class Tokenize
    Implements IStage(Of String, String())

    Public Function Process(input As String) As String() Implements IStage(Of String, String()).Process
        Return input.Split(" "c)
    End Function
End Class

Public Class CountLong
    Implements IStage(Of String(), Integer)

    Public Function Process(input As String()) As Integer Implements IStage(Of String(), Integer).Process
        Dim n As Integer = 0
        For Each w In input
            If w.Length > 3 Then n += 1
        Next
        Return n
    End Function
End Class

Public Class ConsoleSink
    Implements ISink
    Private seen As Integer

    Public Sub Accept(line As String) Implements ISink.Accept
        seen += 1
        Console.WriteLine(seen & "> " & line)
    End Sub

    Public ReadOnly Property Count As Integer Implements ISink.Count
        Get
            Return seen
        End Get
    End Property
End Class

Module App
    Sub Main()
        Dim n = Runner.Chain(Of String, String(), Integer)("the quick brown fox jumps", New Tokenize(), New CountLong())
        Console.WriteLine(n)
        Dim sink As New ConsoleSink()
        Runner.Emit(sink, "alpha", "beta")
        Runner.Emit(sink)
        Console.WriteLine(sink.Count)
    End Sub
End Module
