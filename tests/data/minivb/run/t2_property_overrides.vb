' test: vb-run
Imports System

Public MustInherit Class Account
    Private _balance As Decimal2

    Public MustOverride ReadOnly Property Kind As String

    Public Overridable Property Limit As Integer
        Get
            Return 0
        End Get
        Set(value As Integer)
            Throw New NotSupportedException(Kind & " has no limit")
        End Set
    End Property

    Public Property Balance As Integer
        Get
            Return _balance.Amount
        End Get
        Protected Set(value As Integer)
            _balance = New Decimal2 With {.Amount = value}
        End Set
    End Property

    Public Function Withdraw(amount As Integer) As Boolean
        If Balance - amount < -Limit Then Return False
        Balance -= amount
        Return True
    End Function

    Public Sub Deposit(amount As Integer)
        Balance += amount
    End Sub
End Class

Public Structure Decimal2
    Public Amount As Integer
End Structure

Public Class Checking
    Inherits Account
    Private _limit As Integer = 100

    Public Overrides ReadOnly Property Kind As String
        Get
            Return "checking"
        End Get
    End Property

    Public Overrides Property Limit As Integer
        Get
            Return _limit
        End Get
        Set(value As Integer)
            _limit = Math.Max(0, value)
        End Set
    End Property
End Class

Public Class Savings
    Inherits Account

    Public Overrides ReadOnly Property Kind As String
        Get
            Return "savings"
        End Get
    End Property
End Class

Module Program
    Sub Main()
        Dim accounts() As Account = {New Checking(), New Savings()}
        For Each a In accounts
            a.Deposit(50)
            Console.WriteLine(a.Kind & ": " & a.Withdraw(120) & " balance " & a.Balance & " limit " & a.Limit)
            Try
                a.Limit = 500
                Console.WriteLine("  new limit " & a.Limit)
            Catch ex As NotSupportedException
                Console.WriteLine("  " & ex.Message)
            End Try
        Next
        Console.WriteLine(accounts(0).Withdraw(400) & " " & accounts(0).Balance)
    End Sub
End Module
