Module M
    Sub Main()
        If TypeOf o String Then x = 1
    End Sub
End Module
