Imports System
Imports System.Collections.Generic

Public Delegate Function Transform(value As Integer) As Integer

Public Class Pipeline
    Private ReadOnly steps As New List(Of Transform)
    Public Event StepRan(index As Integer, result As Integer)

    Public Function AddStep(t As Transform) As Pipeline
        steps.Add(t)
        Return Me
    End Function

    Public Function Run(input As Integer) As Integer
        Dim v = input
        For i As Integer = 0 To steps.Count - 1
            v = steps(i)(v)
            RaiseEvent StepRan(i, v)
        Next
        Return v
    End Function

    Public Shared Function Doubler() As Transform
        Return Function(x) x * 2
    End Function

    Public Shared Function AddN(n As Integer) As Func(Of Integer, Integer)
        Return Function(x) x + n
    End Function

    Public Shared Function Negate(x As Integer) As Integer
        Return -x
    End Function
End Class
