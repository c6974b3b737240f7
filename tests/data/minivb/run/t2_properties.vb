' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Temperature
    Private celsiusValue As Double
    Private ReadOnly past As New List(Of Double)

    Public Property Celsius As Double
        Get
            Return celsiusValue
        End Get
        Set(value As Double)
            If value < -273.15 Then Exit Property
            past.Add(celsiusValue)
            celsiusValue = value
        End Set
    End Property

    Public Property Fahrenheit As Double
        Get
            Return celsiusValue * 9 / 5 + 32
        End Get
        Set
            Celsius = (Value - 32) * 5 / 9
        End Set
    End Property

    Public ReadOnly Property History(index As Integer) As Double
        Get
            Return past(index)
        End Get
    End Property

    Public WriteOnly Property Note As String
        Set(value As String)
            Console.WriteLine("note: " & value)
        End Set
    End Property

    Public Property Label As String = "room"
    Public Shared Property Unit As String = "C"

    Public ReadOnly Property Changes As Integer
        Get
            Return past.Count
        End Get
    End Property
End Class

Module Program
    Sub Main()
        Dim t As New Temperature()
        t.Celsius = 20
        t.Fahrenheit = 212
        t.Celsius = -500
        Console.WriteLine(t.Celsius.ToString("F1") & " / " & t.Fahrenheit.ToString("F1"))
        Console.WriteLine(t.Changes & " " & t.History(1).ToString("F1"))
        t.Note = "boiling"
        Console.WriteLine(t.Label & " " & Temperature.Unit)
        t.Label &= " 1"
        Temperature.Unit = "K"
        Console.WriteLine(t.Label & " " & Temperature.Unit)
        t.Celsius += 5
        Console.WriteLine(t.Celsius)
    End Sub
End Module
