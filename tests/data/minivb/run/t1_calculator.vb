' test: vb-run
Imports System
Imports System.Collections.Generic

Module Calculator
    Private pos As Integer
    Private text As String

    Function Evaluate(expr As String) As Double
        text = expr.Replace(" ", "")
        pos = 0
        Dim v = ParseSum()
        If pos <> text.Length Then Throw New FormatException("unexpected '" & text(pos) & "' at " & pos)
        Return v
    End Function

    Private Function ParseSum() As Double
        Dim v = ParseProduct()
        While pos < text.Length AndAlso (text(pos) = "+"c OrElse text(pos) = "-"c)
            Dim op = text(pos)
            pos += 1
            Dim r = ParseProduct()
            If op = "+"c Then v += r Else v -= r
        End While
        Return v
    End Function

    Private Function ParseProduct() As Double
        Dim v = ParseFactor()
        While pos < text.Length AndAlso (text(pos) = "*"c OrElse text(pos) = "/"c)
            Dim op = text(pos)
            pos += 1
            Dim r = ParseFactor()
            If op = "*"c Then
                v *= r
            Else
                v /= r
            End If
        End While
        Return v
    End Function

    Private Function ParseFactor() As Double
        If pos < text.Length AndAlso text(pos) = "("c Then
            pos += 1
            Dim v = ParseSum()
            pos += 1
            Return v
        End If
        If pos < text.Length AndAlso text(pos) = "-"c Then
            pos += 1
            Return -ParseFactor()
        End If
        Dim start = pos
        While pos < text.Length AndAlso (Char.IsDigit(text(pos)) OrElse text(pos) = "."c)
            pos += 1
        End While
        If start = pos Then Throw New FormatException("number expected at " & pos)
        Return Double.Parse(text.Substring(start, pos - start), Globalization.CultureInfo.InvariantCulture)
    End Function

    Sub Main()
        Dim inputs As New List(Of String) From {"1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * 2", "2 * (3 + (4 - 1)) / 3", "1 +", "3 $ 4"}
        For Each s In inputs
            Try
                Console.WriteLine(s & " = " & Evaluate(s))
            Catch ex As FormatException
                Console.WriteLine(s & " : " & ex.Message)
            End Try
        Next
    End Sub
End Module
