' test: diag
Imports System

Class Shape
    Public Overridable Function Area() As Double
        Return 0
    End Function
End Class

Module Program
    Sub Main()
        Dim s As New Shape()
        Dim a As Integer = s.Area() '~ BC30512
        s.Perimeter() '~ BC30456
        Dim q = New Circle() '~ BC30002
        Console.WriteLine(undefinedName) '~ BC30451
        Dim x As Integer = "5" '~ BC30512
        Exit Do '~ BC30089
    End Sub
End Module
