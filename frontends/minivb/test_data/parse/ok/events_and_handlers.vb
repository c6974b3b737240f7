Class Button
    Public Event Click(ByVal sender As Object, ByVal e As EventArgs)
    Public Event Changed As EventHandler
    Public Sub Press()
        RaiseEvent Click(Me, EventArgs.Empty)
        RaiseEvent Changed(Me, Nothing)
    End Sub
End Class
Class Form
    Private WithEvents ok As Button
    Sub OnClick(sender As Object, e As EventArgs) Handles ok.Click
        AddHandler ok.Click, AddressOf OnClick
        RemoveHandler ok.Click, AddressOf Me.OnClick
    End Sub
End Class
