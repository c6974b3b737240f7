' test: vb-run
Imports System

Module Config
    Public Verbose As Boolean = True
    Public Const AppName As String = "multi"
    Private counter As Integer

    Public Function NextId() As Integer
        counter += 1
        Return counter
    End Function
End Module

Module Logging
    Public Sub Log(message As String)
        If Verbose Then Console.WriteLine("[" & AppName & " #" & NextId() & "] " & message)
    End Sub
End Module

Module Program
    Sub Main()
        Log("starting")
        Log("working")
        Verbose = False
        Log("hidden")
        Config.Verbose = True
        Logging.Log("visible again")
        Console.WriteLine(NextId())
    End Sub
End Module
