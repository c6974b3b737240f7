' test: vb-run
Imports System
Imports System.Text

Module Patterns
    Sub Main()
        Dim n As Integer = 5
        For i As Integer = 1 To n
            Console.WriteLine(New String(" "c, n - i) & New String("*"c, 2 * i - 1))
        Next
        For i As Integer = n - 1 To 1 Step -1
            Console.WriteLine(New String(" "c, n - i) & New String("*"c, 2 * i - 1))
        Next
        Dim sb As New StringBuilder()
        For r As Integer = 1 To 4
            For c As Integer = 1 To 4
                sb.Append((r * c).ToString().PadLeft(4))
            Next
            sb.AppendLine()
        Next
        Console.Write(sb.ToString())
        For i As Integer = 0 To 4
            Dim line As String = ""
            For j As Integer = 0 To 4
                line &= If((i + j) Mod 2 = 0, "#", ".")
            Next
            Console.WriteLine(line)
        Next
    End Sub
End Module
