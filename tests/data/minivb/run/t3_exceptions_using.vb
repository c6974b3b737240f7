' test: vb-run
Imports System

Public Class AppError
    Inherits Exception
    Public ReadOnly Property Code As Integer

    Public Sub New(message As String, code As Integer)
        MyBase.New(message)
        Me.Code = code
    End Sub
End Class

Public Class Resource
    Implements IDisposable
    Private ReadOnly name As String

    Public Sub New(name As String)
        Me.name = name
        Console.WriteLine("open " & name)
    End Sub

    Public Sub Dispose() Implements IDisposable.Dispose
        Console.WriteLine("close " & name)
    End Sub
End Class

Module Program
    Sub Fail(code As Integer)
        Throw New AppError("failed with " & code, code)
    End Sub

    Function Divide(a As Integer, b As Integer) As Integer
        Return a \ b
    End Function

    Sub Main()
        For Each code In New Integer() {1, 2, 3}
            Try
                Fail(code)
            Catch e As AppError When e.Code = 2
                Console.WriteLine("two: " & e.Message)
            Catch e As AppError
                Console.WriteLine("other: " & e.Code)
            Finally
                Console.WriteLine("finally " & code)
            End Try
        Next
        Try
            Console.WriteLine(Divide(1, 0))
        Catch ex As DivideByZeroException
            Console.WriteLine("div by zero")
        End Try
        Try
            Dim arr(2) As Integer
            arr(3) = 1
        Catch ex As IndexOutOfRangeException
            Console.WriteLine("bounds")
        End Try
        Try
            Dim s As String = Nothing
            Console.WriteLine(s.Length)
        Catch ex As NullReferenceException
            Console.WriteLine("null")
        End Try
        Try
            Dim o As Object = "text"
            Dim n As Integer = CInt(o)
            Console.WriteLine(n)
        Catch ex As InvalidCastException
            Console.WriteLine("cast")
        End Try
        Using r As New Resource("a"), r2 As New Resource("b")
            Console.WriteLine("using both")
        End Using
        Try
            Using r As New Resource("c")
                Throw New InvalidOperationException("boom")
            End Using
        Catch ex As InvalidOperationException
            Console.WriteLine("caught " & ex.Message)
        End Try
        Try
            Try
                Fail(9)
            Catch ex As AppError
                Console.WriteLine("rethrowing")
                Throw
            End Try
        Catch ex As Exception
            Console.WriteLine("outer " & ex.Message)
        End Try
    End Sub
End Module
