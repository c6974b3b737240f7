' test: cls
' expect-codes:
' note: the engine, like mcs, judges nothing in an assembly without CLSCompliant (Roslyn VB would report BC40028 here)
Imports System

<CLSCompliant(True)>
Public Class Gauge
    Public Sub Assign(ByVal v As UShort)
    End Sub
End Class
