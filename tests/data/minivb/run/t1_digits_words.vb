' test: vb-run
Imports System

Module Words
    Private ReadOnly Ones() As String = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
    Private ReadOnly Tens() As String = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

    Function Say(n As Integer) As String
        If n < 0 Then Return "minus " & Say(-n)
        If n < 20 Then Return Ones(n)
        If n < 100 Then Return Tens(n \ 10) & If(n Mod 10 = 0, "", "-" & Ones(n Mod 10))
        If n < 1000 Then Return Ones(n \ 100) & " hundred" & If(n Mod 100 = 0, "", " and " & Say(n Mod 100))
        If n < 1000000 Then Return Say(n \ 1000) & " thousand" & If(n Mod 1000 = 0, "", " " & Say(n Mod 1000))
        Return "a lot"
    End Function

    Sub Main()
        For Each n In New Integer() {0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 2024, 999999, -15, 5000000}
            Console.WriteLine(n & ": " & Say(n))
        Next
    End Sub
End Module
