' test: vb-run
Imports System

Public Enum Weekday As Byte
    Monday = 1
    Tuesday
    Wednesday
    Thursday
    Friday
    Saturday
    Sunday
End Enum

<Flags>
Public Enum Style
    None = 0
    Bold = 1
    Italic = 2
    Underline = 4
    All = Bold Or Italic Or Underline
End Enum

Module Program
    Function IsWeekend(d As Weekday) As Boolean
        Select Case d
            Case Weekday.Saturday, Weekday.Sunday
                Return True
            Case Else
                Return False
        End Select
    End Function

    Function NextDay(d As Weekday) As Weekday
        If d = Weekday.Sunday Then Return Weekday.Monday
        Return CType(d + 1, Weekday)
    End Function

    Sub Main()
        Dim d As Weekday = Weekday.Friday
        For i As Integer = 1 To 4
            Console.WriteLine(d.ToString() & " weekend=" & IsWeekend(d))
            d = NextDay(d)
        Next
        Console.WriteLine(CByte(Weekday.Wednesday))
        Dim s As Style = Style.Bold Or Style.Underline
        Console.WriteLine(s.ToString())
        Console.WriteLine((s And Style.Italic) = Style.None)
        s = s Or Style.Italic
        Console.WriteLine(s = Style.All)
        Console.WriteLine(Style.All.ToString())
        Console.WriteLine(CInt(Style.All))
        s = s And Not Style.Bold
        Console.WriteLine(s.ToString())
        Dim parsed As Weekday = CType([Enum].Parse(GetType(Weekday), "Tuesday"), Weekday)
        Console.WriteLine(parsed = Weekday.Tuesday)
        For Each name As String In [Enum].GetNames(GetType(Style))
            Console.Write(name & " ")
        Next
        Console.WriteLine()
        Console.WriteLine(Weekday.Monday < Weekday.Sunday)
    End Sub
End Module
