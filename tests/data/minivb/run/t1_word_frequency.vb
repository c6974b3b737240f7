' test: vb-run
Imports System
Imports System.Collections.Generic

Module WordFrequency
    Const Text As String = "It was the best of times, it was the worst of times, it was the age of wisdom, " &
        "it was the age of foolishness, it was the epoch of belief"

    Sub Main()
        Dim counts As New Dictionary(Of String, Integer)
        Dim separators() As Char = {" "c, ","c}
        For Each raw In Text.Split(separators, StringSplitOptions.RemoveEmptyEntries)
            Dim w = raw.ToLowerInvariant()
            Dim n As Integer
            If counts.TryGetValue(w, n) Then
                counts(w) = n + 1
            Else
                counts.Add(w, 1)
            End If
        Next
        Dim keys As New List(Of String)(counts.Keys)
        keys.Sort(Function(a, b)
                      Dim byCount = counts(b).CompareTo(counts(a))
                      If byCount <> 0 Then Return byCount
                      Return String.CompareOrdinal(a, b)
                  End Function)
        For i As Integer = 0 To Math.Min(5, keys.Count) - 1
            Console.WriteLine(keys(i).PadRight(8) & counts(keys(i)))
        Next
        Console.WriteLine("distinct: " & counts.Count)
        Dim longest = ""
        For Each k In keys
            If k.Length > longest.Length Then longest = k
        Next
        Console.WriteLine("longest: " & longest)
    End Sub
End Module
