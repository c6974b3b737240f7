<Assembly: CLSCompliant(True)>
<Module: Obsolete>
<Serializable, Obsolete("old", False)>
Public Class C
    <NonSerialized> Private x As Integer
    <Obsolete()>
    Public Sub M(<Out> ByRef y As Integer)
    End Sub
    Public Function F() As <MarshalAs(UnmanagedType.Bool)> Boolean
        Return True
    End Function
End Class
