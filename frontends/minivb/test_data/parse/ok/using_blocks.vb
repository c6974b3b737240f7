Module M
    Sub Main()
        Using r As New StreamReader("f")
            Console.WriteLine(r.ReadLine())
        End Using
        Using a As New A(), b = New B()
        End Using
        Using GetResource()
        End Using
    End Sub
End Module
