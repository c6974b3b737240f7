' test: vb-run
' args: -r:System.dll
Imports System
Imports System.ComponentModel

Public Class Downloader
    Public Event Starting As EventHandler(Of CancelEventArgs)
    Public Event Progress(percent As Integer)
    Public Event Finished As EventHandler

    Public Function Download(name As String) As Boolean
        Dim args As New CancelEventArgs()
        RaiseEvent Starting(Me, args)
        If args.Cancel Then
            Console.WriteLine(name & " cancelled")
            Return False
        End If
        For p As Integer = 25 To 100 Step 25
            RaiseEvent Progress(p)
        Next
        RaiseEvent Finished(Me, EventArgs.Empty)
        Return True
    End Function
End Class

Module Program
    Private allow As Boolean = False

    Sub Main()
        Dim d As New Downloader()
        AddHandler d.Starting, Sub(s, e) e.Cancel = Not allow
        AddHandler d.Progress, Sub(p) Console.Write(p & "% ")
        AddHandler d.Finished, Sub(s, e) Console.WriteLine("done")
        Console.WriteLine(d.Download("first"))
        allow = True
        Console.WriteLine(d.Download("second"))
    End Sub
End Module
