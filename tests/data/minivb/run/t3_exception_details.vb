' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class ValidationException
    Inherits Exception
    Public ReadOnly Property Field As String

    Public Sub New(field As String, message As String, Optional inner As Exception = Nothing)
        MyBase.New(message, inner)
        Me.Field = field
    End Sub
End Class

Module Program
    Function ParseAge(text As String) As Integer
        Try
            Dim n = Integer.Parse(text)
            If n < 0 OrElse n > 150 Then Throw New ValidationException("age", "age out of range: " & n)
            Return n
        Catch ex As FormatException
            Throw New ValidationException("age", "not a number: '" & text & "'", ex)
        End Try
    End Function

    Sub Main()
        Dim errors As New List(Of String)
        For Each input In New String() {"42", "-1", "abc", "200", "7"}
            Try
                Console.WriteLine("ok " & ParseAge(input))
            Catch ex As ValidationException
                Dim detail = ex.Field & ": " & ex.Message
                If ex.InnerException IsNot Nothing Then detail &= " (caused by " & ex.InnerException.GetType().Name & ")"
                errors.Add(detail)
            End Try
        Next
        For Each e In errors
            Console.WriteLine(e)
        Next
        Try
            Throw New InvalidOperationException("outer", New ArgumentNullException("param"))
        Catch ex As InvalidOperationException
            Console.WriteLine(ex.Message & " <- " & DirectCast(ex.InnerException, ArgumentNullException).ParamName)
        End Try
        Dim ex2 As Exception = New NotImplementedException()
        Console.WriteLine(TypeOf ex2 Is SystemException)
        Try
            Dim arr As Integer() = Nothing
            Console.WriteLine(arr.Length)
        Catch ex As NullReferenceException
            Console.WriteLine("null array")
        Catch ex As Exception
            Console.WriteLine("other")
        End Try
    End Sub
End Module
