Module M
    Sub Main()
        For Each x In items
            Console.WriteLine(x)
        Next
        For Each s As String In New String() {"a", "b"}
            Exit For
        Next s
        For Each kv As KeyValuePair(Of String, Integer) In dict
        Next
    End Sub
End Module
