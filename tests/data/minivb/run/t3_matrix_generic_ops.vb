' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface IArithmetic(Of T)
    Function Zero() As T
    Function Add(a As T, b As T) As T
    Function Mul(a As T, b As T) As T
End Interface

Public Class IntArithmetic
    Implements IArithmetic(Of Integer)

    Public Function Zero() As Integer Implements IArithmetic(Of Integer).Zero
        Return 0
    End Function

    Public Function Add(a As Integer, b As Integer) As Integer Implements IArithmetic(Of Integer).Add
        Return a + b
    End Function

    Public Function Mul(a As Integer, b As Integer) As Integer Implements IArithmetic(Of Integer).Mul
        Return a * b
    End Function
End Class

Public Class StringArithmetic
    Implements IArithmetic(Of String)

    Public Function Zero() As String Implements IArithmetic(Of String).Zero
        Return ""
    End Function

    Public Function Add(a As String, b As String) As String Implements IArithmetic(Of String).Add
        Return a & b
    End Function

    Public Function Mul(a As String, b As String) As String Implements IArithmetic(Of String).Mul
        Return "(" & a & "*" & b & ")"
    End Function
End Class

Public Class Matrix(Of T)
    Private ReadOnly cells(,) As T
    Private ReadOnly ops As IArithmetic(Of T)

    Public Sub New(rows As Integer, cols As Integer, ops As IArithmetic(Of T))
        ReDim cells(rows - 1, cols - 1)
        Me.ops = ops
    End Sub

    Default Public Property Item(r As Integer, c As Integer) As T
        Get
            Return cells(r, c)
        End Get
        Set(value As T)
            cells(r, c) = value
        End Set
    End Property

    Public ReadOnly Property Rows As Integer
        Get
            Return cells.GetLength(0)
        End Get
    End Property

    Public ReadOnly Property Cols As Integer
        Get
            Return cells.GetLength(1)
        End Get
    End Property

    Public Function Times(o As Matrix(Of T)) As Matrix(Of T)
        Dim m As New Matrix(Of T)(Rows, o.Cols, ops)
        For i As Integer = 0 To Rows - 1
            For j As Integer = 0 To o.Cols - 1
                Dim acc As T = ops.Zero()
                For k As Integer = 0 To Cols - 1
                    acc = ops.Add(acc, ops.Mul(Me(i, k), o(k, j)))
                Next
                m(i, j) = acc
            Next
        Next
        Return m
    End Function
End Class

Module Program
    Sub Main()
        Dim a As New Matrix(Of Integer)(2, 2, New IntArithmetic())
        a(0, 0) = 1 : a(0, 1) = 2 : a(1, 0) = 3 : a(1, 1) = 4
        Dim p = a.Times(a)
        Console.WriteLine(p(0, 0) & " " & p(0, 1) & " " & p(1, 0) & " " & p(1, 1))
        Dim s As New Matrix(Of String)(1, 2, New StringArithmetic())
        s(0, 0) = "x" : s(0, 1) = "y"
        Dim t As New Matrix(Of String)(2, 1, New StringArithmetic())
        t(0, 0) = "u" : t(1, 0) = "v"
        Console.WriteLine(s.Times(t)(0, 0))
    End Sub
End Module
