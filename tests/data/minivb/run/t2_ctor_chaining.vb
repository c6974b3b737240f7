' test: vb-run
Imports System

Public Class Account
    Private Shared nextId As Integer = 100
    Public Shared ReadOnly Bank As String
    Public ReadOnly Id As Integer
    Public Property Owner As String
    Private _balance As Decimal2

    Shared Sub New()
        Bank = "VB Savings"
        Console.WriteLine("static init")
    End Sub

    Public Sub New(owner As String)
        Me.New(owner, 0)
    End Sub

    Public Sub New(owner As String, initial As Integer)
        Id = nextId
        nextId += 1
        Me.Owner = owner
        _balance = New Decimal2(initial)
        Console.WriteLine("opened " & Id & " for " & owner)
    End Sub

    Public ReadOnly Property Balance As Integer
        Get
            Return _balance.Value
        End Get
    End Property

    Public Sub Deposit(amount As Integer)
        If amount <= 0 Then Throw New ArgumentException("amount must be positive")
        _balance = New Decimal2(_balance.Value + amount)
    End Sub

    Public Shared Function Count() As Integer
        Return nextId - 100
    End Function
End Class

Public Structure Decimal2
    Public ReadOnly Value As Integer

    Public Sub New(v As Integer)
        Value = v
    End Sub
End Structure

Module Program
    Sub Main()
        Console.WriteLine("start")
        Dim a As New Account("ann")
        Dim b As New Account("bob", 50)
        a.Deposit(30)
        b.Deposit(5)
        Console.WriteLine(a.Owner & " " & a.Balance & " " & a.Id)
        Console.WriteLine(b.Owner & " " & b.Balance & " " & b.Id)
        Console.WriteLine(Account.Bank)
        Console.WriteLine(Account.Count())
        Try
            a.Deposit(-1)
        Catch ex As ArgumentException
            Console.WriteLine(ex.Message)
        End Try
    End Sub
End Module
