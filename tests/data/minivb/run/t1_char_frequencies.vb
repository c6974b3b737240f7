' test: vb-run
Imports System
Imports System.Collections.Generic

Module Frequencies
    Sub Main()
        Dim text = "She sells sea shells by the sea shore"
        Dim freq As New Dictionary(Of Char, Integer)
        For Each c In text.ToLower()
            If c = " "c Then Continue For
            If freq.ContainsKey(c) Then
                freq(c) += 1
            Else
                freq(c) = 1
            End If
        Next
        Dim keys As New List(Of Char)(freq.Keys)
        keys.Sort()
        For Each k In keys
            Console.Write(k & ":" & freq(k) & " ")
        Next
        Console.WriteLine()
        Dim maxChar As Char = " "c
        Dim maxCount As Integer = 0
        For Each kv In freq
            If kv.Value > maxCount OrElse (kv.Value = maxCount AndAlso kv.Key < maxChar) Then
                maxChar = kv.Key
                maxCount = kv.Value
            End If
        Next
        Console.WriteLine("most common: " & maxChar & " x" & maxCount)
        Dim histogram As New List(Of String)
        For Each k In keys
            If freq(k) >= 3 Then histogram.Add(k & " " & New String("*"c, freq(k)))
        Next
        Console.WriteLine(String.Join(Environment.NewLine, histogram))
    End Sub
End Module
