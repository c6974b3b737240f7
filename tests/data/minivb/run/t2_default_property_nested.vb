' test: vb-run
Imports System

Public Class Matrix
    Private ReadOnly cells(,) As Double
    Public ReadOnly Rows As Integer
    Public ReadOnly Cols As Integer

    Public Sub New(rows As Integer, cols As Integer)
        Me.Rows = rows
        Me.Cols = cols
        ReDim cells(rows - 1, cols - 1)
    End Sub

    Default Public Property Item(r As Integer, c As Integer) As Double
        Get
            Return cells(r, c)
        End Get
        Set(value As Double)
            cells(r, c) = value
        End Set
    End Property

    Public Function Times(o As Matrix) As Matrix
        Dim m As New Matrix(Rows, o.Cols)
        For i = 0 To Rows - 1
            For j = 0 To o.Cols - 1
                Dim s As Double = 0
                For k = 0 To Cols - 1
                    s += Me(i, k) * o(k, j)
                Next
                m(i, j) = s
            Next
        Next
        Return m
    End Function

    Public Class Builder
        Private ReadOnly target As Matrix

        Public Sub New(r As Integer, c As Integer)
            target = New Matrix(r, c)
        End Sub

        Public Function Identity() As Builder
            For i = 0 To Math.Min(target.Rows, target.Cols) - 1
                target(i, i) = 1
            Next
            Return Me
        End Function

        Public Function Build() As Matrix
            Return target
        End Function
    End Class
End Class

Public Class Registry
    Private ReadOnly names As New System.Collections.Generic.Dictionary(Of String, Integer)

    Default Public ReadOnly Property Lookup(name As String) As Integer
        Get
            Dim v As Integer
            If names.TryGetValue(name, v) Then Return v
            Return -1
        End Get
    End Property

    Public Sub Add(name As String, value As Integer)
        names(name) = value
    End Sub
End Class

Module Program
    Sub Main()
        Dim a As New Matrix(2, 2)
        a(0, 0) = 1 : a(0, 1) = 2
        a(1, 0) = 3 : a(1, 1) = 4
        Dim id = New Matrix.Builder(2, 2).Identity().Build()
        Dim p = a.Times(id).Times(a)
        For i = 0 To 1
            Console.WriteLine(p(i, 0) & " " & p(i, 1))
        Next
        Dim r As New Registry()
        r.Add("x", 10)
        Console.WriteLine(r("x"))
        Console.WriteLine(r("y"))
    End Sub
End Module
