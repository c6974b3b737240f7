' test: vb-run
Imports System

Module Program
    Const Rows As Integer = 3
    Const Cols As Integer = Rows + 1
    Const Greeting As String = "hi" & "!"
    Const Mask As Integer = &HF0 Or &H0F
    Const Half As Double = 1 / 2

    Sub Main()
        Const Local As Long = Integer.MaxValue + 1L
        Console.WriteLine(Rows & " " & Cols & " " & Greeting & " " & Mask & " " & Half & " " & Local)
        Dim grid(Rows - 1, Cols - 1) As Integer
        Console.WriteLine(grid.Rank & " " & grid.GetUpperBound(0) & " " & grid.GetUpperBound(1) & " " & grid.Length)
        For i = 0 To grid.GetUpperBound(0)
            For j = 0 To grid.GetUpperBound(1)
                grid(i, j) = i * Cols + j
            Next
        Next
        Console.WriteLine(grid(2, 3))
        ReDim grid(1, 1)
        Console.WriteLine(grid.Length & " " & grid(1, 1))
        Dim objs As Object() = New String() {"a", "b"}
        Console.WriteLine(objs.Length & " " & objs(1).ToString())
        Try
            objs(0) = 5
        Catch ex As ArrayTypeMismatchException
            Console.WriteLine("covariance check")
        End Try
        Dim cube(1, 1, 1) As Byte
        cube(1, 1, 1) = 255
        Console.WriteLine(cube.Rank & " " & cube(1, 1, 1))
        Dim empty() As String = {}
        Console.WriteLine(empty.Length)
        Dim copy = DirectCast(New Integer() {3, 1, 2}.Clone(), Integer())
        Array.Sort(copy)
        Console.WriteLine(String.Join(",", copy))
    End Sub
End Module
