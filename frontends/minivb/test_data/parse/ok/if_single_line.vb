Module M
    Sub Main()
        If x > 0 Then Console.WriteLine(x)
        If x > 0 Then y = 1 Else y = 2
        If x Then a = 1 : b = 2 Else c = 3 : d = 4
        If a Then If b Then c = 1 Else c = 2
        If x = 1 Then Return
        If done Then Exit Sub
    End Sub
End Module
