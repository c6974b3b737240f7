' test: cls
' expect-codes: BC40025
Imports System

<Assembly: CLSCompliant(True)>

<CLSCompliant(False)>
Public Delegate Sub RawHandler(ByVal code As Integer)

Public Class Device
    Public Event Raw As RawHandler
End Class
