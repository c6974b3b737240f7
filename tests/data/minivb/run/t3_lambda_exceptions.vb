' test: vb-run
Imports System
Imports System.Collections.Generic

Module Program
    Function SafeApply(f As Func(Of Integer, Integer), x As Integer, fallback As Integer) As Integer
        Try
            Return f(x)
        Catch ex As DivideByZeroException
            Console.WriteLine("  divide by zero for " & x)
            Return fallback
        End Try
    End Function

    Sub Retry(times As Integer, action As Action(Of Integer))
        For attempt As Integer = 1 To times
            Try
                action(attempt)
                Console.WriteLine("  attempt " & attempt & " succeeded")
                Return
            Catch ex As InvalidOperationException
                Console.WriteLine("  attempt " & attempt & " failed: " & ex.Message)
            End Try
        Next
        Throw New TimeoutException("gave up after " & times)
    End Sub

    Sub Main()
        Dim inverse As Func(Of Integer, Integer) = Function(n) 100 \ n
        For Each x In New Integer() {5, 0, -4}
            Console.WriteLine(SafeApply(inverse, x, -1))
        Next
        Retry(3, Sub(a)
                     If a < 3 Then Throw New InvalidOperationException("not yet " & a)
                 End Sub)
        Try
            Retry(2, Sub(a) Throw New InvalidOperationException("never"))
        Catch ex As TimeoutException
            Console.WriteLine(ex.Message)
        End Try
        Dim validators As New List(Of Action(Of String))
        validators.Add(Sub(s As String)
                           If s.Length = 0 Then Throw New ArgumentException("empty")
                       End Sub)
        validators.Add(Sub(s As String)
                           If s.Contains(" ") Then Throw New ArgumentException("spaces")
                       End Sub)
        For Each input In New String() {"ok", "", "a b"}
            Try
                For Each v In validators
                    v(input)
                Next
                Console.WriteLine("'" & input & "' valid")
            Catch ex As ArgumentException
                Console.WriteLine("'" & input & "' invalid: " & ex.Message)
            End Try
        Next
    End Sub
End Module
