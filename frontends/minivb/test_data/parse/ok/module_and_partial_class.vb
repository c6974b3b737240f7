Partial Public Class Form1
    Private x As Integer
End Class
Partial Class Form1
    Sub M()
    End Sub
End Class
Friend Module Helpers
    Friend Function Twice(x As Integer) As Integer
        Return x * 2
    End Function
End Module
