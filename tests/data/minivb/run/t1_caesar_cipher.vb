' test: vb-run
Imports System
Imports System.Text

Module Cipher
    Function Shift(c As Char, k As Integer) As Char
        If Char.IsUpper(c) Then Return Convert.ToChar((Convert.ToInt32(c) - 65 + k + 26) Mod 26 + 65)
        If Char.IsLower(c) Then Return Convert.ToChar((Convert.ToInt32(c) - 97 + k + 26) Mod 26 + 97)
        Return c
    End Function

    Function Encode(text As String, k As Integer) As String
        Dim sb As New StringBuilder(text.Length)
        For Each c As Char In text
            sb.Append(Shift(c, k))
        Next
        Return sb.ToString()
    End Function

    Function Vowels(text As String) As Integer
        Dim n As Integer = 0
        For i As Integer = 0 To text.Length - 1
            Select Case Char.ToLower(text(i))
                Case "a"c, "e"c, "i"c, "o"c, "u"c
                    n += 1
            End Select
        Next
        Return n
    End Function

    Sub Main()
        Dim msg = "Hello, World! Visual Basic."
        Dim enc = Encode(msg, 3)
        Console.WriteLine(enc)
        Console.WriteLine(Encode(enc, -3))
        Console.WriteLine(Encode("xyz XYZ", 4))
        Console.WriteLine(Vowels(msg))
        Dim counts(25) As Integer
        For Each c In msg.ToUpper()
            If c >= "A"c AndAlso c <= "Z"c Then counts(Convert.ToInt32(c) - 65) += 1
        Next
        For i As Integer = 0 To 25
            If counts(i) > 1 Then Console.Write(Convert.ToChar(i + 65) & "=" & counts(i) & " ")
        Next
        Console.WriteLine()
    End Sub
End Module
