Module M
    Sub Main()
        Dim a() As Integer
        ReDim a(10)
        ReDim Preserve a(20), b(1, 2)
        GoTo done
        Console.WriteLine("skipped")
done:
        Console.WriteLine("end")
        Stop
        End
    End Sub
End Module
