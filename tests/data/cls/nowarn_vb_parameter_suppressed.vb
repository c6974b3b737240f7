' test: cls
' args: -nowarn:40028
' expect-codes: BC40027
Imports System

<Assembly: CLSCompliant(True)>

Public Class Codec
    Public Function Pack(ByVal b As SByte) As UInteger
        Return 0UI
    End Function
End Class
