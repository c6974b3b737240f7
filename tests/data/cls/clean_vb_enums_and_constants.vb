' test: cls
' expect-codes:
Imports System

<Assembly: CLSCompliant(True)>

Public Enum Color
    Red
    Green = 5
    Blue
End Enum

<Flags>
Public Enum Access
    None = 0
    Read = 1
    Write = 2
End Enum

Public Module Limits
    Public Const Max As Integer = 100
    Public Const Label As String = "limits"
    Public Function Clamp(ByVal v As Integer) As Integer
        If v > Max Then Return Max
        Return v
    End Function
End Module
