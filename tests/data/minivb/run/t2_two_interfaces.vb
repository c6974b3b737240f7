' test: vb-run
Imports System

Public Interface IPrinter
    Sub Print(text As String)
    Function Status() As String
End Interface

Public Interface IScanner
    Function Scan() As String
    Function Status() As String
End Interface

Public Class MultiFunction
    Implements IPrinter, IScanner
    Private pages As Integer

    Public Sub Print(text As String) Implements IPrinter.Print
        pages += 1
        Console.WriteLine("printing: " & text)
    End Sub

    Public Function Scan() As String Implements IScanner.Scan
        Return "scanned page " & pages
    End Function

    Private Function PrinterStatus() As String Implements IPrinter.Status
        Return "printer ok, " & pages & " pages"
    End Function

    Private Function ScannerStatus() As String Implements IScanner.Status
        Return "scanner idle"
    End Function

    Public Function Status() As String
        Return "device: " & DirectCast(Me, IPrinter).Status() & "; " & DirectCast(Me, IScanner).Status()
    End Function
End Class

Module Program
    Sub UsePrinter(p As IPrinter)
        p.Print("report")
        Console.WriteLine(p.Status())
    End Sub

    Sub Main()
        Dim m As New MultiFunction()
        UsePrinter(m)
        Dim s As IScanner = m
        Console.WriteLine(s.Scan())
        Console.WriteLine(s.Status())
        Console.WriteLine(m.Status())
        Console.WriteLine(TypeOf s Is IPrinter)
    End Sub
End Module
