' test: cls
' expect-codes: BC40034
Imports System

<Assembly: CLSCompliant(True)>

Public MustInherit Class Codec
    <CLSCompliant(False)>
    Public MustOverride Sub Encode(ByVal x As Integer)
    Public MustOverride Function Name() As String
End Class
