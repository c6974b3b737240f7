' test: vb-run
Imports System

Module FizzBuzz
    Sub Main()
        For i As Integer = 1 To 20
            Dim s As String = ""
            If i Mod 3 = 0 Then s &= "Fizz"
            If i Mod 5 = 0 Then s &= "Buzz"
            If s.Length = 0 Then s = i.ToString()
            Console.WriteLine(s)
        Next
    End Sub
End Module
