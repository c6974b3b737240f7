' test: vb-run
Option Strict On
Option Explicit On
Imports System

Public Class Printer
    Public Overloads Function Format(x As Integer) As String
        Return "int " & x
    End Function

    Public Overloads Function Format(x As Long) As String
        Return "long " & x
    End Function

    Public Overloads Function Format(x As Double) As String
        Return "double " & x.ToString("F1")
    End Function

    Public Overloads Function Format(x As String) As String
        Return "string " & x
    End Function

    Public Overloads Function Format(x As Object) As String
        Return "object " & x.ToString()
    End Function

    Public Function Format(a As Integer, b As Integer) As String
        Return "pair " & a & "," & b
    End Function

    Public Overridable Function Kind() As String
        Return "printer"
    End Function

    Public Function Plain() As String
        Return "base plain"
    End Function
End Class

Public Class FancyPrinter
    Inherits Printer

    Public Overrides Function Kind() As String
        Return "fancy " & MyBase.Kind()
    End Function

    Public Shadows Function Plain() As String
        Return "derived plain"
    End Function
End Class

Module Program
    Sub Main()
        Dim p As New Printer()
        Dim b As Byte = 7
        Dim s As Short = 8
        Console.WriteLine(p.Format(1))
        Console.WriteLine(p.Format(2L))
        Console.WriteLine(p.Format(b))
        Console.WriteLine(p.Format(s))
        Console.WriteLine(p.Format(3.5))
        Console.WriteLine(p.Format(2.5F))
        Console.WriteLine(p.Format("x"))
        Console.WriteLine(p.Format(New Object() {}.Length))
        Console.WriteLine(p.Format(Guid.Empty))
        Console.WriteLine(p.Format(1, 2))
        Dim f As New FancyPrinter()
        Dim asBase As Printer = f
        Console.WriteLine(asBase.Kind())
        Console.WriteLine(asBase.Plain())
        Console.WriteLine(f.Plain())
        Call Console.WriteLine("called " _
            & "with continuation")
    End Sub
End Module
