' test: vb-run
Imports System
Imports System.Collections.Generic

Module Permutations
    Sub Permute(prefix As String, rest As String, results As List(Of String))
        If rest.Length = 0 Then
            results.Add(prefix)
            Return
        End If
        For i As Integer = 0 To rest.Length - 1
            Permute(prefix & rest(i), rest.Substring(0, i) & rest.Substring(i + 1), results)
        Next
    End Sub

    Function BinarySearch(a() As Integer, target As Integer) As Integer
        Dim lo As Integer = 0, hi As Integer = a.Length - 1
        While lo <= hi
            Dim mid = lo + (hi - lo) \ 2
            If a(mid) = target Then
                Return mid
            ElseIf a(mid) < target Then
                lo = mid + 1
            Else
                hi = mid - 1
            End If
        End While
        Return -(lo + 1)
    End Function

    Sub Main()
        Dim results As New List(Of String)
        Permute("", "abcd", results)
        Console.WriteLine(results.Count)
        Console.WriteLine(String.Join(" ", results.GetRange(0, 6)))
        Dim sorted() As Integer = {1, 3, 5, 7, 9, 11, 13}
        For Each t In New Integer() {7, 1, 13, 4, 20}
            Console.Write(BinarySearch(sorted, t) & " ")
        Next
        Console.WriteLine()
    End Sub
End Module
