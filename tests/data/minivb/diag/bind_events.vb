' test: diag
Class Button
    Public Event Click(sender As Object)

    Public Sub Press()
        RaiseEvent Click(Me)
        RaiseEvent Hover(Me) '~ BC30590
    End Sub
End Class

Module Program
    Sub Main()
        Dim b As New Button()
        AddHandler b.Click, Sub(s) System.Console.WriteLine("clicked")
        b.Press()
    End Sub
End Module
