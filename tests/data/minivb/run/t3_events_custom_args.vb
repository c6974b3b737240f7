' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class TemperatureEventArgs
    Inherits EventArgs
    Public ReadOnly Property OldValue As Double
    Public ReadOnly Property NewValue As Double

    Public Sub New(oldValue As Double, newValue As Double)
        Me.OldValue = oldValue
        Me.NewValue = newValue
    End Sub
End Class

Public Class Thermostat
    Public Event TemperatureChanged As EventHandler(Of TemperatureEventArgs)
    Public Event Alarm(message As String)
    Private _temp As Double = 20

    Public Property Temperature As Double
        Get
            Return _temp
        End Get
        Set(value As Double)
            If value = _temp Then Return
            Dim old = _temp
            _temp = value
            RaiseEvent TemperatureChanged(Me, New TemperatureEventArgs(old, value))
            If value > 30 Then RaiseEvent Alarm("too hot: " & value)
        End Set
    End Property
End Class

Public Class Logger
    Public ReadOnly Lines As New List(Of String)

    Public Sub OnChanged(sender As Object, e As TemperatureEventArgs)
        Lines.Add(e.OldValue & " -> " & e.NewValue)
    End Sub
End Class

Module Program
    Private alarms As Integer

    Sub CountAlarm(message As String)
        alarms += 1
        Console.WriteLine("ALARM " & message)
    End Sub

    Sub Main()
        Dim t As New Thermostat()
        Dim log As New Logger()
        AddHandler t.TemperatureChanged, AddressOf log.OnChanged
        AddHandler t.TemperatureChanged, Sub(s, e) Console.WriteLine("delta " & (e.NewValue - e.OldValue))
        AddHandler t.Alarm, AddressOf CountAlarm
        t.Temperature = 25
        t.Temperature = 25
        t.Temperature = 31.5
        t.Temperature = 18
        RemoveHandler t.Alarm, AddressOf CountAlarm
        t.Temperature = 40
        Console.WriteLine(String.Join("; ", log.Lines))
        Console.WriteLine("alarms: " & alarms)
    End Sub
End Module
