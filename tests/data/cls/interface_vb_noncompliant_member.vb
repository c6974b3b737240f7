' test: cls
' expect-codes: BC40033
Imports System

<Assembly: CLSCompliant(True)>

Public Interface IStore
    <CLSCompliant(False)>
    Sub Put(ByVal key As Integer)
    Function Fetch(ByVal key As Integer) As Object
End Interface
