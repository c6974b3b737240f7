Class Bag
    Private items() As Integer = {1, 2, 3}
    Default Public Property Item(ByVal index As Integer) As Integer
        Get
            Return items(index)
        End Get
        Set(ByVal value As Integer)
            items(index) = value
        End Set
    End Property
End Class
