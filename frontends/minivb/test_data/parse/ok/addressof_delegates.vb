Module M
    Sub Main()
        Dim d As Action = AddressOf Work
        Dim e As New EventHandler(AddressOf Me.OnEvent)
        Dim f As Func(Of Integer, Integer) = AddressOf Compute
        Dim g = AddressOf obj.Method
    End Sub
End Module
