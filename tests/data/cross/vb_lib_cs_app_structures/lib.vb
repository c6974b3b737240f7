Imports System

Public Structure Money
    Implements IComparable(Of Money)
    Public Cents As Long

    Public Sub New(cents As Long)
        Me.Cents = cents
    End Sub

    Public Sub Add(other As Money)
        Cents += other.Cents
    End Sub

    Public Function CompareTo(other As Money) As Integer Implements IComparable(Of Money).CompareTo
        Return Cents.CompareTo(other.Cents)
    End Function

    Public Overrides Function ToString() As String
        Return "$" & (Cents \ 100) & "." & (Cents Mod 100).ToString("00")
    End Function
End Structure

Public Class Ledger
    Public ReadOnly Entries(3) As Money

    Public Function Total() As Money
        Dim t As New Money(0)
        For Each e In Entries
            t.Add(e)
        Next
        Return t
    End Function
End Class
