' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class TransactionEventArgs
    Inherits EventArgs
    Public ReadOnly Amount As Integer
    Public ReadOnly Balance As Integer

    Public Sub New(amount As Integer, balance As Integer)
        Me.Amount = amount
        Me.Balance = balance
    End Sub
End Class

Public Class BankAccount
    Public Event Transaction As EventHandler(Of TransactionEventArgs)
    Public Event Overdrawn(account As BankAccount, shortBy As Integer)
    Public ReadOnly Property Holder As String
    Private _balance As Integer

    Public Sub New(holder As String)
        Me.Holder = holder
    End Sub

    Public Function Apply(amount As Integer) As Boolean
        If _balance + amount < 0 Then
            RaiseEvent Overdrawn(Me, -(_balance + amount))
            Return False
        End If
        _balance += amount
        RaiseEvent Transaction(Me, New TransactionEventArgs(amount, _balance))
        Return True
    End Function
End Class

Public Class Statement
    Private ReadOnly lines As New List(Of String)

    Public Sub Attach(a As BankAccount)
        AddHandler a.Transaction, AddressOf OnTransaction
        AddHandler a.Overdrawn, Sub(acc, shortBy) lines.Add(acc.Holder & " refused, short by " & shortBy)
    End Sub

    Private Sub OnTransaction(sender As Object, e As TransactionEventArgs)
        Dim acc = DirectCast(sender, BankAccount)
        lines.Add(acc.Holder & If(e.Amount >= 0, " +", " ") & e.Amount & " = " & e.Balance)
    End Sub

    Public Sub Print()
        For i As Integer = 0 To lines.Count - 1
            Console.WriteLine((i + 1) & ". " & lines(i))
        Next
    End Sub
End Class

Module Program
    Sub Main()
        Dim s As New Statement()
        Dim a As New BankAccount("ann")
        Dim b As New BankAccount("ben")
        s.Attach(a)
        s.Attach(b)
        a.Apply(100)
        b.Apply(20)
        a.Apply(-30)
        Console.WriteLine(b.Apply(-50))
        b.Apply(-20)
        s.Print()
    End Sub
End Module
