' test: vb-run
Imports System

Public Class Vault
    Private code As Integer = 1234
    Protected Friend Owner As String = "bank"
    Friend Shared Opened As Integer

    Protected Function Peek() As Integer
        Return code Mod 100
    End Function

    Public Function TryOpen(guess As Integer) As Boolean
        If guess = code Then
            Opened += 1
            Return True
        End If
        Return False
    End Function

    Private Class Audit
        Public Shared Function Check(v As Vault) As String
            Return "audit sees " & v.code
        End Function
    End Class

    Public Function RunAudit() As String
        Return Audit.Check(Me)
    End Function
End Class

Public Class SmartVault
    Inherits Vault

    Public Function Hint() As String
        Return "ends with " & Peek() & ", owner " & Owner
    End Function
End Class

Module Program
    Sub Main()
        Dim v As New SmartVault()
        Console.WriteLine(v.Hint())
        Console.WriteLine(v.TryOpen(1111))
        Console.WriteLine(v.TryOpen(1234))
        Console.WriteLine(Vault.Opened)
        Console.WriteLine(v.RunAudit())
        v.Owner = "me"
        Console.WriteLine(v.Hint())
    End Sub
End Module
