' test: cls
' expect-codes: BC40028
Imports System

<Assembly: CLSCompliant(True)>

Public Class Writer
    Public Sub Write(ByVal value As UInteger)
    End Sub
    Public Sub Write(ByVal value As Integer)
    End Sub
End Class
