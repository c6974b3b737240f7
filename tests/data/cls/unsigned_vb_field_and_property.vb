' test: cls
' expect-codes: BC40025 BC40025
Imports System

<Assembly: CLSCompliant(True)>

Public Class Packet
    Public Length As UInteger
    Public Property Flags As SByte
End Class
