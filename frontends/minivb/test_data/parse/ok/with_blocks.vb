Module M
    Sub Main()
        With New StringBuilder()
            .Append("x")
            .Append(.Length)
            Dim n = .ToString().Length
        End With
    End Sub
End Module
