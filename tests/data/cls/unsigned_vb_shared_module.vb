' test: cls
' expect-codes: BC40027 BC40028
Imports System

<Assembly: CLSCompliant(True)>

Public Module Bits
    Public Function Rotate(ByVal x As ULong, ByVal n As Integer) As ULong
        Return x
    End Function
End Module
