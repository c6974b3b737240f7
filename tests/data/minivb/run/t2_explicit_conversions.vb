' test: vb-run
Imports System

Public Class Celsius
    Public ReadOnly Degrees As Double

    Public Sub New(d As Double)
        Degrees = d
    End Sub

    Public Shared Widening Operator CType(c As Celsius) As Fahrenheit
        Return New Fahrenheit(c.Degrees * 9 / 5 + 32)
    End Operator

    Public Shared Narrowing Operator CType(c As Celsius) As Integer
        Return CInt(c.Degrees)
    End Operator
End Class

Public Class Fahrenheit
    Public ReadOnly Degrees As Double

    Public Sub New(d As Double)
        Degrees = d
    End Sub

    Public Shared Narrowing Operator CType(f As Fahrenheit) As Celsius
        Return New Celsius((f.Degrees - 32) * 5 / 9)
    End Operator
End Class

Module Program
    Sub Show(f As Fahrenheit)
        Console.WriteLine(f.Degrees.ToString("F1") & " F")
    End Sub

    Sub Main()
        Dim body As New Celsius(37)
        Dim f As Fahrenheit = body
        Show(f)
        Show(New Celsius(100))
        Dim back As Celsius = CType(New Fahrenheit(212), Celsius)
        Console.WriteLine(back.Degrees)
        Dim rounded As Integer = CType(New Celsius(21.5), Integer)
        Console.WriteLine(rounded)
        Dim o As Object = New Celsius(1)
        Dim c As Celsius = DirectCast(o, Celsius)
        Console.WriteLine(c.Degrees)
        Dim s As String = TryCast(o, String)
        Console.WriteLine(s Is Nothing)
    End Sub
End Module
