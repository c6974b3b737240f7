' test: diag
Module Program
    Sub Main()
        Dim x As Integer = y '~ BC30451
        Dim s As Strin = "a" '~ BC30002
        System.Console.WriteLine(x.Lenght) '~ BC30456
    End Sub
End Module
