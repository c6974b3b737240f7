' test: cls
' expect-codes:
Imports System

<Assembly: CLSCompliant(True)>

Public Delegate Sub Notify(ByVal message As String)

Public Class Publisher
    Public Event Changed As Notify
    Public Event Ticked(ByVal count As Integer)
    Public Sub Raise()
        RaiseEvent Changed("changed")
        RaiseEvent Ticked(1)
    End Sub
End Class
