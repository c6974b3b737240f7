' test: diag
Module Program
    Sub Two(a As Integer, b As Integer)
    End Sub

    Sub Main()
        Two(1, 2, 3) '~ BC30057
        Two(1) '~ BC30455
        Two("a", 2) '~ BC30512
        System.Math.Max(1) '~ BC30516
    End Sub
End Module
