Module M
    Sub Main()
        For i = 1 To 10
            Console.WriteLine(i)
        Next
        For j As Integer = 10 To 0 Step -2
            If j = 4 Then Continue For
            If j = 2 Then Exit For
        Next j
        For k As Long = a To b - 1
            For m = 0 To k
            Next m
        Next k
        For Me.index = 0 To 3
        Next
    End Sub
End Module
