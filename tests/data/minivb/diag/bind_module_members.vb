' test: diag
Namespace Tools
    Module Helpers
        Function Twice(x As Integer) As Integer
            Return x * 2
        End Function
    End Module
End Namespace

Module Program
    Sub Main()
        Dim a = Twice(2) '~ BC30451
        Dim b = Tools.Twice(2)
        Dim c = Tools.Helpers.Twice(2)
        Dim d = Tools.Thrice(2) '~ BC30456
    End Sub
End Module
