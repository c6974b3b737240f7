Imports System

Namespace Banking
    Public Class InsufficientFundsException
        Inherits Exception
        Public ReadOnly Property Shortfall As Integer

        Public Sub New(shortfall As Integer)
            MyBase.New("short by " & shortfall)
            Me.Shortfall = shortfall
        End Sub
    End Class

    Public Class Account
        Private _balance As Integer

        Public ReadOnly Property Balance As Integer
            Get
                Return _balance
            End Get
        End Property

        Public Sub Deposit(amount As Integer)
            If amount <= 0 Then Throw New ArgumentOutOfRangeException("amount")
            _balance += amount
        End Sub

        Public Sub Withdraw(amount As Integer)
            If amount > _balance Then Throw New InsufficientFundsException(amount - _balance)
            _balance -= amount
        End Sub

        Public Function TryRun(action As Action(Of Account)) As String
            Try
                action(Me)
                Return "ok"
            Catch ex As InsufficientFundsException When ex.Shortfall < 100
                Return "small shortfall " & ex.Shortfall
            Catch ex As Exception
                Return "failed: " & ex.GetType().Name
            Finally
                Console.WriteLine("balance now " & _balance)
            End Try
        End Function

        Public Shared Function Overflowing(a As Integer, b As Integer) As Integer
            Return a * b
        End Function
    End Class
End Namespace
