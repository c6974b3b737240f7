' test: cls
' expect-codes:
Imports System

Public Class Raw
    Public Total As UInteger
    Public Function Add(ByVal x As ULong) As UShort
        Return 0US
    End Function
    Public Sub _Hidden()
    End Sub
End Class
