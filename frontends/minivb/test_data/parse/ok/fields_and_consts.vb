Module Consts
    Public Const Pi As Double = 3.14159
    Private Const Name As String = "x", Other As Integer = 2
    Dim counter As Integer
    Private a, b As Long
    Public Shared ReadOnly Empty As String = ""
    Friend table(10) As Integer
    Public grid(,) As Double
    Private WithEvents timer As Timer
End Module
