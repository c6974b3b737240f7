' test: vb-run
Imports System
Imports System.Collections.Generic
Imports System.Text

Public Class TextStats
    Public ReadOnly Property Lines As Integer
    Public ReadOnly Property Words As Integer
    Public ReadOnly Property Chars As Integer
    Public ReadOnly Property Longest As String = ""

    Public Sub New(text As String)
        Dim ls = text.Split(New String() {vbLfString()}, StringSplitOptions.None)
        _Lines = ls.Length
        For Each line In ls
            _Chars += line.Length
            For Each w In line.Split(New Char() {" "c, ","c, "."c}, StringSplitOptions.RemoveEmptyEntries)
                _Words += 1
                If w.Length > _Longest.Length Then _Longest = w
            Next
        Next
    End Sub

    Private Shared Function vbLfString() As String
        Return Convert.ToChar(10).ToString()
    End Function
End Class

Module Program
    Sub Main()
        Dim sb As New StringBuilder()
        sb.Append("It is a truth universally acknowledged,").Append(Convert.ToChar(10))
        sb.Append("that a single man in possession of a good fortune,").Append(Convert.ToChar(10))
        sb.Append("must be in want of a wife.")
        Dim s As New TextStats(sb.ToString())
        Console.WriteLine("lines " & s.Lines)
        Console.WriteLine("words " & s.Words)
        Console.WriteLine("chars " & s.Chars)
        Console.WriteLine("longest " & s.Longest)
    End Sub
End Module
