' test: vb-run
Imports System

Public Class Person
    Public Property Name As String
    Public Property Age As Integer
    Public Property Email As String = "none"
    Public Nickname As String
End Class

Module Program
    Function Describe(p As Person) As String
        With p
            Return .Name & " (" & .Age & ") " & .Email
        End With
    End Function

    Sub Main()
        Dim p As New Person With {.Name = "Ada", .Age = 36}
        Console.WriteLine(Describe(p))
        With p
            .Age += 1
            .Email = "ada@example.org"
            .Nickname = "countess"
        End With
        Console.WriteLine(Describe(p) & " " & p.Nickname)
        Dim maybe As Integer? = Nothing
        Console.WriteLine(maybe.HasValue)
        maybe = 5
        Console.WriteLine(maybe.HasValue & " " & maybe.Value)
        Console.WriteLine(maybe.GetValueOrDefault())
        Dim other As Nullable(Of Double) = 2.5
        Console.WriteLine(other.Value * 2)
        Dim name As String = Nothing
        Console.WriteLine(If(name, "anonymous"))
        name = "bob"
        Console.WriteLine(If(name, "anonymous"))
        Dim n As Integer = 7
        Console.WriteLine(If(n > 5, "big", "small"))
        Dim people() As Person = {New Person With {.Name = "x", .Age = 1}, New Person With {.Name = "y", .Age = 2}}
        Dim total As Integer = 0
        For Each q In people
            total += q.Age
        Next
        Console.WriteLine(total)
    End Sub
End Module
