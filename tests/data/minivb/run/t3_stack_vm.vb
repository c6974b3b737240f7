' test: vb-run
Imports System
Imports System.Collections.Generic

Public Enum OpCode
    Push
    Add
    Mul
    Sub1
    Dup
    Swap
    Jz
    Jmp
    Print
    Halt
End Enum

Public Structure Instr
    Public Op As OpCode
    Public Arg As Integer

    Public Sub New(op As OpCode, Optional arg As Integer = 0)
        Me.Op = op
        Me.Arg = arg
    End Sub
End Structure

Public Class VmException
    Inherits Exception

    Public Sub New(message As String)
        MyBase.New(message)
    End Sub
End Class

Public Class Machine
    Private ReadOnly stack As New Stack(Of Integer)
    Public Property Steps As Integer

    Private Function Pop() As Integer
        If stack.Count = 0 Then Throw New VmException("stack underflow at step " & Steps)
        Return stack.Pop()
    End Function

    Public Sub Run(program As Instr())
        Dim pc As Integer = 0
        Do
            Steps += 1
            If Steps > 1000 Then Throw New VmException("too many steps")
            Dim ins = program(pc)
            pc += 1
            Select Case ins.Op
                Case OpCode.Push
                    stack.Push(ins.Arg)
                Case OpCode.Add
                    stack.Push(Pop() + Pop())
                Case OpCode.Mul
                    stack.Push(Pop() * Pop())
                Case OpCode.Sub1
                    stack.Push(Pop() - 1)
                Case OpCode.Dup
                    Dim v = Pop()
                    stack.Push(v)
                    stack.Push(v)
                Case OpCode.Swap
                    Dim a = Pop()
                    Dim b = Pop()
                    stack.Push(a)
                    stack.Push(b)
                Case OpCode.Jz
                    If stack.Peek() = 0 Then pc = ins.Arg
                Case OpCode.Jmp
                    pc = ins.Arg
                Case OpCode.Print
                    Console.WriteLine("out " & stack.Peek())
                Case OpCode.Halt
                    Exit Do
            End Select
        Loop
    End Sub
End Class

Module Program
    Sub Main()
        ' factorial of 5: acc n
        Dim fact() As Instr = {
            New Instr(OpCode.Push, 1), New Instr(OpCode.Push, 5),
            New Instr(OpCode.Jz, 10),
            New Instr(OpCode.Dup), New Instr(OpCode.Print),
            New Instr(OpCode.Swap), New Instr(OpCode.Jmp, 11),
            New Instr(OpCode.Halt), New Instr(OpCode.Halt), New Instr(OpCode.Halt),
            New Instr(OpCode.Halt),
            New Instr(OpCode.Swap), New Instr(OpCode.Dup), New Instr(OpCode.Jmp, 14),
            New Instr(OpCode.Halt)}
        Dim simple() As Instr = {New Instr(OpCode.Push, 6), New Instr(OpCode.Push, 7), New Instr(OpCode.Mul), New Instr(OpCode.Print), New Instr(OpCode.Halt)}
        Dim m As New Machine()
        m.Run(simple)
        Console.WriteLine("steps " & m.Steps)
        Dim bad() As Instr = {New Instr(OpCode.Add), New Instr(OpCode.Halt)}
        Try
            Dim m2 As New Machine()
            m2.Run(bad)
        Catch ex As VmException
            Console.WriteLine("vm error: " & ex.Message)
        End Try
        Dim loopy() As Instr = {New Instr(OpCode.Push, 3), New Instr(OpCode.Print), New Instr(OpCode.Sub1), New Instr(OpCode.Jz, 5), New Instr(OpCode.Jmp, 1), New Instr(OpCode.Halt)}
        Dim m3 As New Machine()
        m3.Run(loopy)
        Console.WriteLine("steps " & m3.Steps)
        Console.WriteLine(fact.Length)
    End Sub
End Module
