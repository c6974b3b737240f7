' test: cross-run
' lib: lib.cs
' twin: lib.cs twin.cs
Imports System
Imports Net

Module App
    Function Fetch(path As String) As String
        Try
            Return Client.Get(path)
        Catch ex As TimeoutError
            Return "retry later (" & ex.Status & ")"
        Catch ex As HttpError When ex.Status >= 400 AndAlso ex.Status < 500
            Return "client error " & ex.Status & ": " & ex.Message
        Catch ex As HttpError
            Return "server error " & ex.Status
        End Try
    End Function

    Sub Main()
        For Each p In New String() {"/", "/missing", "/slow", "/crash"}
            Console.WriteLine(p & " -> " & Fetch(p))
        Next
        Try
            Fetch("bad")
        Catch ex As ArgumentException
            Console.WriteLine("escaped: " & ex.Message)
        End Try
    End Sub
End Module
