' test: cls
' expect-codes: BC40031 BC40031
Imports System

<Assembly: CLSCompliant(True)>

Public Class Engine
    Public Sub _Start()
    End Sub
    Public _Speed As Integer
    Private _state As Integer
End Class
