' test: cross-run
' lib: lib.cs
' twin: lib.cs twin.cs
Imports System
Imports Games

Public Class Countdown
    Inherits Game
    Private remaining As Integer

    Public Sub New(start As Integer)
        remaining = start
    End Sub

    Protected Overrides Sub Setup()
        MyBase.Setup()
        Log("counting down from " & remaining)
    End Sub

    Protected Overrides Function Play() As Boolean
        remaining -= 1
        Log("remaining " & remaining)
        Return remaining > 0
    End Function
End Class

Public Class LengthScorer
    Implements IScorer(Of String)

    Public Function Score(item As String) As Integer Implements IScorer(Of String).Score
        Return item.Length * 10
    End Function
End Class

Module App
    Sub Main()
        Console.WriteLine(Game.Banner("countdown"))
        For Each line In New Countdown(3).Run(10)
            Console.WriteLine(line)
        Next
        Console.WriteLine(New Countdown(5).Run(2).Count)
        Dim s As IScorer(Of String) = New LengthScorer()
        Console.WriteLine(s.Score("four"))
    End Sub
End Module
