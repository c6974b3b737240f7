' test: cls
' expect-codes: BC40029
Imports System

<Assembly: CLSCompliant(True)>

<CLSCompliant(False)>
Public Interface IRaw
    Sub Poke()
End Interface

Public Interface ICooked
    Inherits IRaw
    Sub Serve()
End Interface
