' test: vb-run
Imports System
Imports System.Collections.Generic

Public MustInherit Class Expr
    Public MustOverride Function Eval(env As Dictionary(Of String, Double)) As Double
    Public MustOverride Overrides Function ToString() As String
End Class

Public Class Num
    Inherits Expr
    Private ReadOnly v As Double

    Public Sub New(v As Double)
        Me.v = v
    End Sub

    Public Overrides Function Eval(env As Dictionary(Of String, Double)) As Double
        Return v
    End Function

    Public Overrides Function ToString() As String
        Return v.ToString()
    End Function
End Class

Public Class Var
    Inherits Expr
    Private ReadOnly name As String

    Public Sub New(name As String)
        Me.name = name
    End Sub

    Public Overrides Function Eval(env As Dictionary(Of String, Double)) As Double
        Return env(name)
    End Function

    Public Overrides Function ToString() As String
        Return name
    End Function
End Class

Public Class BinOp
    Inherits Expr
    Private ReadOnly op As Char
    Private ReadOnly l As Expr, r As Expr

    Public Sub New(op As Char, l As Expr, r As Expr)
        Me.op = op
        Me.l = l
        Me.r = r
    End Sub

    Public Overrides Function Eval(env As Dictionary(Of String, Double)) As Double
        Dim a = l.Eval(env), b = r.Eval(env)
        Select Case op
            Case "+"c
                Return a + b
            Case "*"c
                Return a * b
            Case "-"c
                Return a - b
            Case Else
                Throw New InvalidOperationException("unknown op " & op)
        End Select
    End Function

    Public Overrides Function ToString() As String
        Return "(" & l.ToString() & " " & op & " " & r.ToString() & ")"
    End Function
End Class

Module Program
    Sub Main()
        Dim e As Expr = New BinOp("+"c, New BinOp("*"c, New Num(2), New Var("x")), New BinOp("-"c, New Var("y"), New Num(1)))
        Dim env As New Dictionary(Of String, Double) From {{"x", 5}, {"y", 10}}
        Console.WriteLine(e.ToString() & " = " & e.Eval(env))
        env("x") = 0.5
        Console.WriteLine(e.Eval(env))
        Try
            Console.WriteLine(New BinOp("/"c, New Num(1), New Num(2)).Eval(env))
        Catch ex As InvalidOperationException
            Console.WriteLine(ex.Message)
        End Try
        Try
            Console.WriteLine(New Var("z").Eval(env))
        Catch ex As KeyNotFoundException
            Console.WriteLine("unbound z")
        End Try
    End Sub
End Module
