' test: cls
' expect-codes:
Imports System

<Assembly: CLSCompliant(True)>

Public Class Buffer
    <CLSCompliant(False)>
    Public Function ReadU32(ByVal offset As Integer) As UInteger
        Return 0UI
    End Function
    <CLSCompliant(False)>
    Public Position As ULong
    Public Function ReadI32(ByVal offset As Integer) As Integer
        Return 0
    End Function
End Class
