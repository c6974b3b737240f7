' test: vb-run
Imports System

Public Structure Pair(Of A, B)
    Public ReadOnly First As A
    Public ReadOnly Second As B

    Public Sub New(first As A, second As B)
        Me.First = first
        Me.Second = second
    End Sub

    Public Function Swap() As Pair(Of B, A)
        Return New Pair(Of B, A)(Second, First)
    End Function

    Public Overrides Function ToString() As String
        Return "<" & First.ToString() & ", " & Second.ToString() & ">"
    End Function
End Structure

Public Structure Maybe(Of T)
    Private ReadOnly hasValue As Boolean
    Private ReadOnly item As T

    Public Sub New(value As T)
        item = value
        hasValue = True
    End Sub

    Public Function GetOr(fallback As T) As T
        Return If(hasValue, item, fallback)
    End Function

    Public Function Map(Of R)(f As Func(Of T, R)) As Maybe(Of R)
        If Not hasValue Then Return New Maybe(Of R)()
        Return New Maybe(Of R)(f(item))
    End Function
End Structure

Module Program
    Sub Main()
        Dim p As New Pair(Of String, Integer)("age", 42)
        Console.WriteLine(p)
        Console.WriteLine(p.Swap())
        Console.WriteLine(p.Swap().Swap().First)
        Dim some As New Maybe(Of Integer)(20)
        Dim none As New Maybe(Of Integer)()
        Console.WriteLine(some.GetOr(-1) & " " & none.GetOr(-1))
        Console.WriteLine(some.Map(Function(x) x * 2 + 0.5).GetOr(0))
        Console.WriteLine(none.Map(Function(x) "v" & x).GetOr("empty"))
    End Sub
End Module
