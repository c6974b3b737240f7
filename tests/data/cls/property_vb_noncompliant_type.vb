' test: cls
' expect-codes: BC40025 BC40028
Imports System

<Assembly: CLSCompliant(True)>

<CLSCompliant(False)>
Public Class Handle
End Class

Public Class Owner
    Public Property Current As Handle
    Public Sub Release(ByVal h As Handle)
    End Sub
End Class
