Namespace Outer.Inner
    Namespace Deeper
        Class C
        End Class
    End Namespace
    Module M
    End Module
End Namespace
