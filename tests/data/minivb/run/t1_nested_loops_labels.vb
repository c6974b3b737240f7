' test: vb-run
Imports System

Module Program
    Sub Main()
        Dim found As Boolean = False
        For a As Integer = 1 To 20
            For b As Integer = a To 20
                Dim c2 = a * a + b * b
                Dim c = CInt(Math.Sqrt(c2))
                If c * c = c2 AndAlso c <= 20 Then
                    Console.Write("(" & a & "," & b & "," & c & ") ")
                End If
            Next
        Next
        Console.WriteLine()
        For i As Integer = 1 To 5
            For j As Integer = 1 To 5
                If i * j = 12 Then
                    Console.WriteLine("first product 12 at " & i & "x" & j)
                    found = True
                    Exit For
                End If
            Next
            If found Then Exit For
        Next
        Dim n As Integer = 0
        Do
            n += 1
            Select Case n
                Case 3
                    Continue Do
                Case 6
                    Exit Do
            End Select
            Console.Write(n)
        Loop
        Console.WriteLine()
        Dim k As Integer = 0
retry:
        k += 1
        If k < 4 Then GoTo retry
        Console.WriteLine("k=" & k)
    End Sub
End Module
