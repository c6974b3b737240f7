' test: diag
Imports System

Module Program
    Sub Main()
        Dim d As IDisposable = New IDisposable() '~ BC30375
        Dim t = New Console() '~ BC30517
        Dim s As String = System '~ BC30112
        Dim u = Console '~ BC30109
    End Sub
End Module
