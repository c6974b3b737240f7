' test: vb-run
Imports System

Public Class TransientException
    Inherits Exception

    Public Sub New(msg As String)
        MyBase.New(msg)
    End Sub
End Class

Public Class RetryPolicy
    Public Property MaxAttempts As Integer = 3
    Public Property Log As Action(Of String) = Sub(s) Console.WriteLine(s)

    Public Function Execute(Of T)(operation As Func(Of Integer, T)) As T
        Dim attempt As Integer = 0
        Do
            attempt += 1
            Try
                Return operation(attempt)
            Catch ex As TransientException When attempt < MaxAttempts
                Log("attempt " & attempt & " failed: " & ex.Message & ", retrying")
            End Try
        Loop
    End Function
End Class

Module Program
    Function Flaky(attempt As Integer) As String
        If attempt < 3 Then Throw New TransientException("timeout #" & attempt)
        Return "payload after " & attempt
    End Function

    Sub Main()
        Dim p As New RetryPolicy()
        Console.WriteLine(p.Execute(AddressOf Flaky))
        p.MaxAttempts = 2
        Try
            p.Execute(AddressOf Flaky)
        Catch ex As TransientException
            Console.WriteLine("gave up: " & ex.Message)
        End Try
        Dim quiet As New RetryPolicy With {.Log = Sub(s) Console.Write("")}
        Console.WriteLine(quiet.Execute(Function(a) a * 10))
    End Sub
End Module
