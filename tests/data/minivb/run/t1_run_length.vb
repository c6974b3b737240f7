' test: vb-run
Imports System
Imports System.Text

Module Rle
    Function Encode(s As String) As String
        If s.Length = 0 Then Return ""
        Dim sb As New StringBuilder()
        Dim run As Integer = 1
        For i As Integer = 1 To s.Length
            If i < s.Length AndAlso s(i) = s(i - 1) Then
                run += 1
            Else
                sb.Append(run).Append(s(i - 1))
                run = 1
            End If
        Next
        Return sb.ToString()
    End Function

    Function Decode(s As String) As String
        Dim sb As New StringBuilder()
        Dim count As Integer = 0
        For Each c In s
            If Char.IsDigit(c) Then
                count = count * 10 + (Convert.ToInt32(c) - Convert.ToInt32("0"c))
            Else
                sb.Append(c, count)
                count = 0
            End If
        Next
        Return sb.ToString()
    End Function

    Sub Main()
        For Each t In New String() {"aaabccddddd", "abc", "", "zzzzzzzzzzzz"}
            Dim e = Encode(t)
            Console.WriteLine("'" & t & "' -> '" & e & "' -> '" & Decode(e) & "'")
        Next
    End Sub
End Module
