' test: cls
' expect-codes: BC40027
Imports System

<Assembly: CLSCompliant(True)>

Public Class Reader
    Public Function ReadWord() As UShort
        Return 1US
    End Function
End Class
