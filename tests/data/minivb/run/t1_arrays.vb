' test: vb-run
Imports System

Module Arrays
    Sub Print(a() As Integer)
        For i As Integer = 0 To a.Length - 1
            If i > 0 Then Console.Write(",")
            Console.Write(a(i))
        Next
        Console.WriteLine()
    End Sub

    Sub BubbleSort(a() As Integer)
        For i As Integer = a.Length - 1 To 1 Step -1
            For j As Integer = 0 To i - 1
                If a(j) > a(j + 1) Then
                    Dim t As Integer = a(j)
                    a(j) = a(j + 1)
                    a(j + 1) = t
                End If
            Next
        Next
    End Sub

    Sub Main()
        Dim a() As Integer = {5, 2, 9, 1, 7}
        BubbleSort(a)
        Print(a)
        Dim b(3) As Integer
        Console.WriteLine(b.Length)
        b(3) = 4
        Print(b)
        Dim m(1, 2) As String
        m(0, 0) = "a"
        m(1, 2) = "z"
        Console.WriteLine(m.GetLength(0) & "x" & m.GetLength(1) & " " & m(1, 2))
        Dim sq = New Integer(,) {{1, 2}, {3, 4}}
        Console.WriteLine(sq(1, 0) + sq(0, 1))
        Dim jag As Integer()() = New Integer(2)() {}
        jag(0) = New Integer() {1}
        jag(1) = New Integer() {1, 2}
        jag(2) = New Integer(2) {}
        Console.WriteLine(jag(2).Length)
        ReDim Preserve a(6)
        a(6) = 100
        Print(a)
        ReDim b(1)
        Print(b)
        Array.Reverse(a)
        Print(a)
        Console.WriteLine(Array.IndexOf(a, 9))
        Try
            a(7) = 1
        Catch ex As IndexOutOfRangeException
            Console.WriteLine("out of range")
        End Try
    End Sub
End Module
