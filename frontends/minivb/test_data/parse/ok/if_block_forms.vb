Module M
    Sub Main()
        If a Then
            x = 1
        End If
        If a AndAlso b Then
            x = 1
        ElseIf c OrElse d Then
            x = 2
        ElseIf Not e Then
            x = 3
        Else
            x = 4
        End If
        If a
            x = 5
        End If
    End Sub
End Module
