' test: vb-run
Imports System

Module Program
    Function Show(x As Integer?) As String
        If x.HasValue Then Return x.Value.ToString()
        Return "Nothing"
    End Function

    Function Parse(s As String) As Integer?
        Dim v As Integer
        If Integer.TryParse(s, v) Then Return v
        Return Nothing
    End Function

    Sub Main()
        Dim a As Integer? = 5
        Dim b As Integer? = Nothing
        Dim c As Integer? = 7
        Console.WriteLine(Show(a + c))
        Console.WriteLine(Show(a + b))
        Console.WriteLine(Show(a * 3))
        Console.WriteLine(Show(c - a))
        If a < c Then Console.WriteLine("a < c")
        If a = b Then
            Console.WriteLine("never")
        Else
            Console.WriteLine("unknown compares false")
        End If
        Console.WriteLine(Show(Parse("42")) & " " & Show(Parse("x")))
        Dim total As Integer? = 0
        For Each s In New String() {"1", "2", "three", "4"}
            Dim p = Parse(s)
            If p.HasValue Then total += p
        Next
        Console.WriteLine(Show(total))
        Dim d As Double? = 1.5
        Dim e As Double? = d * 2
        Console.WriteLine(e.Value)
        Console.WriteLine(b.GetValueOrDefault(-1))
        Console.WriteLine(If(b, 99))
        Console.WriteLine(b Is Nothing)
        Console.WriteLine(a IsNot Nothing)
    End Sub
End Module
