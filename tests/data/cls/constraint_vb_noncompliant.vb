' test: cls
' expect-codes: BC40040
Imports System

<Assembly: CLSCompliant(True)>

<CLSCompliant(False)>
Public Interface IKey
    ReadOnly Property Id As Integer
End Interface

Public Class Index(Of T As IKey)
    Public Sub Add(ByVal item As T)
    End Sub
End Class
