' test: vb-run
Imports System
Imports System.Text

Module Program
    Function Reverse(s As String) As String
        Dim chars() As Char = s.ToCharArray()
        Array.Reverse(chars)
        Return New String(chars)
    End Function

    Function IsPalindrome(s As String) As Boolean
        Dim clean As New StringBuilder()
        For Each c In s.ToLower()
            If Char.IsLetterOrDigit(c) Then clean.Append(c)
        Next
        Dim t As String = clean.ToString()
        Return t = Reverse(t)
    End Function

    Function CountWords(s As String) As Integer
        Dim n As Integer = 0
        For Each w In s.Split(New Char() {" "c}, StringSplitOptions.RemoveEmptyEntries)
            n += 1
        Next
        Return n
    End Function

    Sub Main()
        Console.WriteLine(Reverse("stressed"))
        Console.WriteLine(IsPalindrome("A man, a plan, a canal: Panama"))
        Console.WriteLine(IsPalindrome("not one"))
        Console.WriteLine(CountWords("  the   quick brown  fox "))
        Dim s As String = "Mississippi"
        Console.WriteLine(s.LastIndexOf("ss"))
        Console.WriteLine(s.IndexOf("ss", 3))
        Console.WriteLine(s.Insert(4, "-"))
        Console.WriteLine(s.Remove(2, 3))
        Console.WriteLine(s.PadLeft(14, "*"c) & "|" & s.PadRight(13) & "|")
        Console.WriteLine(String.Join("/", New String() {"a", "b", "c"}))
        Console.WriteLine(s.ToLower().Replace("i", "1"))
        Console.WriteLine(String.IsNullOrEmpty(""))
        Console.WriteLine(s.EndsWith("pi"))
        Console.WriteLine(s.Chars(0))
        Console.WriteLine(String.Concat("x", "y", "z"))
        Console.WriteLine(New String("-"c, 5))
        Console.WriteLine(s.CompareTo("Miss") > 0)
        Console.WriteLine(String.Format("[{0,5}][{1,-4}][{2:F3}]", 42, "ab", 3.14159))
        Console.WriteLine($"{255:X4} {0.5:P0} {1234567:N0}")
        Dim sb As New StringBuilder("start")
        sb.Insert(0, ">> ")
        sb.Append(" "c, 3).Append(123).AppendLine()
        sb.Replace("start", "begin")
        Console.Write(sb.ToString())
        Console.WriteLine(sb.Length)
        Console.WriteLine(Char.IsUpper("Q"c) AndAlso Char.IsDigit("7"c))
        Console.WriteLine(Char.ToUpper("q"c))
    End Sub
End Module
