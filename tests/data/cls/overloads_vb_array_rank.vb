' test: cls
' expect-codes: BC40035
Imports System

<Assembly: CLSCompliant(True)>

Public Class Grid
    Public Sub Fill(ByVal cells As Integer())
    End Sub
    Public Sub Fill(ByVal cells As Integer(,))
    End Sub
End Class
