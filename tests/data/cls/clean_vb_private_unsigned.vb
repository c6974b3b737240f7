' test: cls
' expect-codes:
Imports System

<Assembly: CLSCompliant(True)>

Public Class Hasher
    Private state As ULong
    Private Function Mix(ByVal x As UInteger) As UInteger
        Return x Xor 12345UI
    End Function
    Friend Sub Feed(ByVal b As Byte)
        state = state + CULng(Mix(CUInt(b)))
    End Sub
    Public Function Digest() As Long
        Return CLng(state Mod 1000UL)
    End Function
End Class
