' test: cls
' expect-codes:
Imports System

<Assembly: CLSCompliant(True)>

Public Class Counter
    Private count As UInteger
    Public Function Increment(ByVal by As Integer) As Long
        count = count + CUInt(by)
        Return CLng(count)
    End Function
    Public ReadOnly Property Value As Long
        Get
            Return CLng(count)
        End Get
    End Property
End Class
