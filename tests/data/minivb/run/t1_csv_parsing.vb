' test: vb-run
Imports System
Imports System.Collections.Generic
Imports System.Text

Module Csv
    Function ParseLine(line As String) As List(Of String)
        Dim fields As New List(Of String)
        Dim cur As New StringBuilder()
        Dim quoted As Boolean = False
        Dim i As Integer = 0
        While i < line.Length
            Dim c = line(i)
            If quoted Then
                If c = """"c Then
                    If i + 1 < line.Length AndAlso line(i + 1) = """"c Then
                        cur.Append(""""c)
                        i += 1
                    Else
                        quoted = False
                    End If
                Else
                    cur.Append(c)
                End If
            ElseIf c = ","c Then
                fields.Add(cur.ToString())
                cur.Clear()
            ElseIf c = """"c Then
                quoted = True
            Else
                cur.Append(c)
            End If
            i += 1
        End While
        fields.Add(cur.ToString())
        Return fields
    End Function

    Sub Main()
        Dim rows() As String = {
            "name,age,city",
            "Ann,31,Oslo",
            """Smith, John"",45,""New York""",
            "Eve,,""She said """"hi"""""""
        }
        Dim total As Integer = 0
        For r As Integer = 0 To rows.Length - 1
            Dim f = ParseLine(rows(r))
            Console.WriteLine(f.Count & ": [" & String.Join("|", f) & "]")
            Dim age As Integer
            If r > 0 AndAlso Integer.TryParse(f(1), age) Then total += age
        Next
        Console.WriteLine("total age " & total)
    End Sub
End Module
