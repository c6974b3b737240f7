' test: cls
' expect-codes:
Imports System
Imports System.Collections.Generic

<Assembly: CLSCompliant(True)>

Public Class Pool(Of T As {Class, New})
    Private items As New List(Of T)
    Public Function Rent() As T
        If items.Count = 0 Then Return New T()
        Dim x As T = items(items.Count - 1)
        items.RemoveAt(items.Count - 1)
        Return x
    End Function
    Public Sub Give(ByVal x As T)
        items.Add(x)
    End Sub
End Class
