' test: vb-run
Imports System

Module Program
    Function Kind(c As Char) As String
        Select Case c
            Case "a"c To "z"c
                Return "lower"
            Case "A"c To "Z"c
                Return "upper"
            Case "0"c To "9"c
                Return "digit"
            Case " "c, ControlChars()
                Return "space"
            Case Else
                Return "symbol"
        End Select
    End Function

    Function ControlChars() As Char
        Return Convert.ToChar(9)
    End Function

    Function Bucket(word As String) As String
        Select Case word
            Case "a" To "m"
                Return "first half"
            Case Is >= "n"
                Return "second half"
            Case Else
                Return "other"
        End Select
    End Function

    Function Band(x As Double) As String
        Select Case x
            Case Is < 0
                Return "negative"
            Case 0
                Return "zero"
            Case 0 To 1
                Return "fraction"
            Case 1 To 10, 100
                Return "small"
            Case Else
                Return "large"
        End Select
    End Function

    Sub Main()
        For Each c In "aZ5 %" & Convert.ToChar(9)
            Console.Write(Kind(c) & " ")
        Next
        Console.WriteLine()
        For Each w In New String() {"apple", "melon", "nut", "zebra", "Apple"}
            Console.WriteLine(w & ": " & Bucket(w))
        Next
        For Each x In New Double() {-1, 0, 0.5, 1, 7, 100, 50}
            Console.Write(Band(x) & " ")
        Next
        Console.WriteLine()
    End Sub
End Module
