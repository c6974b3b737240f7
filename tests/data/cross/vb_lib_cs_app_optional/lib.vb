Imports System

Public Enum Level
    Low = 1
    Medium = 5
    High = 10
End Enum

Public Module Formatting
    Public Const Separator As String = " | "
    Public Const MaxWidth As Integer = 12

    Public Function Pad(text As String, Optional width As Integer = 8, Optional fill As Char = "."c) As String
        If text.Length >= width Then Return text
        Return text & New String(fill, width - text.Length)
    End Function

    Public Function Join(ParamArray parts() As String) As String
        Return String.Join(Separator, parts)
    End Function

    Public Function Describe(l As Level) As String
        Select Case l
            Case Level.Low
                Return "low"
            Case Level.Medium To Level.High
                Return "elevated " & CInt(l)
            Case Else
                Return "?"
        End Select
    End Function

    Public Sub Increment(ByRef counter As Integer, Optional by As Integer = 1)
        counter += by
    End Sub
End Module
