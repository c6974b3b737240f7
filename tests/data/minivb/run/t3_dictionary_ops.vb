' test: vb-run
' args: -r:System.dll
Imports System
Imports System.Collections.Generic

Module Program
    Sub Main()
        Dim phone As New Dictionary(Of String, String) From {{"ann", "555-1"}, {"bob", "555-2"}}
        phone("cy") = "555-3"
        phone("ann") = "555-9"
        Console.WriteLine(phone.Count & " " & phone("ann"))
        Console.WriteLine(phone.Remove("bob") & " " & phone.Remove("zed"))
        Dim number As String = Nothing
        Console.WriteLine(phone.TryGetValue("cy", number) & " " & number)
        Try
            Console.WriteLine(phone("nobody"))
        Catch ex As KeyNotFoundException
            Console.WriteLine("missing key")
        End Try
        Dim keys As New List(Of String)(phone.Keys)
        keys.Sort()
        Console.WriteLine(String.Join(",", keys))
        Dim byLength As New SortedDictionary(Of Integer, List(Of String))
        For Each w In "a bb cc ddd e fff".Split(" "c)
            If Not byLength.ContainsKey(w.Length) Then byLength(w.Length) = New List(Of String)
            byLength(w.Length).Add(w)
        Next
        For Each kv In byLength
            Console.WriteLine(kv.Key & " -> " & String.Join("/", kv.Value))
        Next
        Dim inverted As New Dictionary(Of String, String)
        For Each kv In phone
            inverted(kv.Value) = kv.Key
        Next
        Console.WriteLine(inverted("555-9"))
        Console.WriteLine(phone.ContainsValue("555-3"))
    End Sub
End Module
