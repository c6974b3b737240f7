' test: vb-run
Imports System

Public Class BigCounter
    Private ReadOnly value As Long

    Public Sub New(v As Long)
        value = v
    End Sub

    Public Shared Operator +(a As BigCounter, b As BigCounter) As BigCounter
        Return New BigCounter(a.value + b.value)
    End Operator

    Public Shared Operator -(a As BigCounter) As BigCounter
        Return New BigCounter(-a.value)
    End Operator

    Public Shared Operator <(a As BigCounter, b As BigCounter) As Boolean
        Return a.value < b.value
    End Operator

    Public Shared Operator >(a As BigCounter, b As BigCounter) As Boolean
        Return a.value > b.value
    End Operator

    Public Shared Operator <=(a As BigCounter, b As BigCounter) As Boolean
        Return a.value <= b.value
    End Operator

    Public Shared Operator >=(a As BigCounter, b As BigCounter) As Boolean
        Return a.value >= b.value
    End Operator

    Public Shared Operator &(a As BigCounter, s As String) As String
        Return a.value.ToString() & "~" & s
    End Operator

    Public Shared Operator Mod(a As BigCounter, m As Integer) As Integer
        Return CInt(a.value Mod m)
    End Operator

    Public Shared Operator \(a As BigCounter, d As Integer) As BigCounter
        Return New BigCounter(a.value \ d)
    End Operator

    Public Shared Operator ^(a As BigCounter, p As Integer) As BigCounter
        Dim r As Long = 1
        For i As Integer = 1 To p
            r *= a.value
        Next
        Return New BigCounter(r)
    End Operator

    Public Shared Operator Not(a As BigCounter) As BigCounter
        Return New BigCounter(Not a.value)
    End Operator

    Public Shared Widening Operator CType(v As Long) As BigCounter
        Return New BigCounter(v)
    End Operator

    Public Shared Narrowing Operator CType(c As BigCounter) As Integer
        Return CInt(c.value)
    End Operator

    Public Overrides Function ToString() As String
        Return "BC(" & value & ")"
    End Function
End Class

Module Program
    Sub Main()
        Dim a As New BigCounter(7)
        Dim b As BigCounter = 5L
        Console.WriteLine(a + b)
        Console.WriteLine(-a)
        Console.WriteLine((a < b) & " " & (a > b) & " " & (a <= a) & " " & (b >= a))
        Console.WriteLine(a & "tail")
        Console.WriteLine(a Mod 4)
        Console.WriteLine(a \ 2)
        Console.WriteLine(b ^ 3)
        Console.WriteLine(Not b)
        Dim n As Integer = CType(a + b, Integer)
        Console.WriteLine(n * 2)
    End Sub
End Module
