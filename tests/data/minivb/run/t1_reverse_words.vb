' test: vb-run
Imports System

Module Program
    Function ReverseWords(s As String) As String
        Dim words = s.Split(New Char() {" "c}, StringSplitOptions.RemoveEmptyEntries)
        Array.Reverse(words)
        Return String.Join(" ", words)
    End Function

    Function Capitalize(s As String) As String
        Dim words = s.Split(" "c)
        For i As Integer = 0 To words.Length - 1
            If words(i).Length > 0 Then words(i) = Char.ToUpper(words(i)(0)) & words(i).Substring(1).ToLower()
        Next
        Return String.Join(" ", words)
    End Function

    Function IsAnagram(a As String, b As String) As Boolean
        Dim x = a.Replace(" ", "").ToLower().ToCharArray()
        Dim y = b.Replace(" ", "").ToLower().ToCharArray()
        Array.Sort(x)
        Array.Sort(y)
        Return New String(x) = New String(y)
    End Function

    Sub Main()
        Console.WriteLine(ReverseWords("  the sky   is blue "))
        Console.WriteLine(Capitalize("hELLO wORLD from vb"))
        Console.WriteLine(IsAnagram("Dormitory", "dirty room"))
        Console.WriteLine(IsAnagram("hello", "world"))
    End Sub
End Module
