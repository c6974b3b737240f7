' test: vb-run
Imports System

Module Program
    Function Classify(word As String) As String
        Select Case word
            Case "apple", "pear"
                Return "fruit"
            Case "carrot"
                Return "vegetable"
            Case Else
                Return "unknown"
        End Select
    End Function

    Function Grade(score As Integer) As Char
        Select Case score
            Case Is >= 90
                Return "A"c
            Case 80 To 89
                Return "B"c
            Case 70 To 79, 65
                Return "C"c
            Case Else
                Return "F"c
        End Select
    End Function

    Sub Main()
        For Each w In New String() {"apple", "carrot", "stone", "pear"}
            Console.WriteLine(w & ": " & Classify(w))
        Next
        For Each s In New Integer() {95, 85, 72, 65, 66, 10}
            Console.WriteLine(s & " -> " & Grade(s))
        Next
        Dim x As Integer = 3
        Select Case x
            Case 1
                Console.WriteLine("one")
            Case 2, 3
                Console.WriteLine("two or three")
                If x = 3 Then Exit Select
                Console.WriteLine("not printed for three")
        End Select
        Console.WriteLine("done")
    End Sub
End Module
