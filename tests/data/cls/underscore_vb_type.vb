' test: cls
' expect-codes: BC40031 BC40031
' note: the engine also names the constructor '_Internal._Internal()', as it does for C#
Imports System

<Assembly: CLSCompliant(True)>

Public Class _Internal
    Public Value As Integer
End Class
