' test: cls
' expect-codes: BC40026
Imports System

<Assembly: CLSCompliant(True)>

<CLSCompliant(False)>
Public Class LegacyBase
    Public Id As Integer
End Class

Public Class Modern
    Inherits LegacyBase
End Class
