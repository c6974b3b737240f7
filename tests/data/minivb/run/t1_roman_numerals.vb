' test: vb-run
Imports System
Imports System.Text

Module Roman
    Private ReadOnly Values() As Integer = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
    Private ReadOnly Symbols() As String = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

    Function ToRoman(n As Integer) As String
        If n <= 0 OrElse n >= 4000 Then Throw New ArgumentOutOfRangeException(NameOf(n))
        Dim sb As New StringBuilder()
        For i As Integer = 0 To Values.Length - 1
            While n >= Values(i)
                sb.Append(Symbols(i))
                n -= Values(i)
            End While
        Next
        Return sb.ToString()
    End Function

    Function FromRoman(s As String) As Integer
        Dim total As Integer = 0
        Dim i As Integer = 0
        While i < s.Length
            For k As Integer = 0 To Symbols.Length - 1
                If String.CompareOrdinal(s, i, Symbols(k), 0, Symbols(k).Length) = 0 Then
                    total += Values(k)
                    i += Symbols(k).Length
                    Exit For
                End If
            Next
        End While
        Return total
    End Function

    Sub Main()
        For Each n In New Integer() {1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999}
            Dim r = ToRoman(n)
            Console.WriteLine(n & " = " & r & " = " & FromRoman(r))
        Next
        Try
            ToRoman(0)
        Catch ex As ArgumentOutOfRangeException
            Console.WriteLine("bad " & ex.ParamName)
        End Try
    End Sub
End Module
