' test: vb-run
Imports System

Module Program
    Function T(name As String) As Boolean
        Console.Write(name & " ")
        Return True
    End Function

    Function F(name As String) As Boolean
        Console.Write(name & " ")
        Return False
    End Function

    Sub Main()
        Console.WriteLine(F("a") AndAlso T("b"))
        Console.WriteLine(T("c") OrElse F("d"))
        Console.WriteLine(F("e") And T("f"))
        Console.WriteLine(T("g") Or F("h"))
        Console.WriteLine(T("i") Xor T("j"))
        Console.WriteLine(Not F("k"))
        Dim s As String = Nothing
        If s IsNot Nothing AndAlso s.Length > 0 Then
            Console.WriteLine("non-empty")
        Else
            Console.WriteLine("empty or nothing")
        End If
        Dim n As Integer = 0
        If n <> 0 AndAlso 10 \ n > 1 Then Console.WriteLine("never")
        Console.WriteLine(If(n = 0, "zero", (10 \ n).ToString()))
    End Sub
End Module
