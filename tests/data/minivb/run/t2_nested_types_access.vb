' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Library
    Public Enum Genre
        Fiction
        Science
        History
    End Enum

    Public Structure Loan
        Public Title As String
        Public Days As Integer
    End Structure

    Public Class Book
        Public ReadOnly Title As String
        Public ReadOnly Kind As Genre

        Public Sub New(title As String, kind As Genre)
            Me.Title = title
            Me.Kind = kind
        End Sub
    End Class

    Private ReadOnly shelf As New List(Of Book)
    Private ReadOnly loans As New List(Of Loan)

    Public Sub Add(title As String, kind As Genre)
        shelf.Add(New Book(title, kind))
    End Sub

    Public Function Lend(title As String, days As Integer) As Boolean
        For Each b In shelf
            If b.Title = title Then
                loans.Add(New Loan With {.Title = title, .Days = days})
                Return True
            End If
        Next
        Return False
    End Function

    Public Function CountOf(kind As Genre) As Integer
        Dim n As Integer = 0
        For Each b In shelf
            If b.Kind = kind Then n += 1
        Next
        Return n
    End Function

    Public Function LongestLoan() As Loan
        Dim best As New Loan()
        For Each l In loans
            If l.Days > best.Days Then best = l
        Next
        Return best
    End Function
End Class

Module Program
    Sub Main()
        Dim lib1 As New Library()
        lib1.Add("Dune", Library.Genre.Fiction)
        lib1.Add("Cosmos", Library.Genre.Science)
        lib1.Add("SPQR", Library.Genre.History)
        lib1.Add("Emma", Library.Genre.Fiction)
        Console.WriteLine(lib1.CountOf(Library.Genre.Fiction))
        Console.WriteLine(lib1.Lend("Dune", 14) & " " & lib1.Lend("Missing", 3) & " " & lib1.Lend("SPQR", 21))
        Dim l As Library.Loan = lib1.LongestLoan()
        Console.WriteLine(l.Title & " for " & l.Days & " days")
        Dim b As New Library.Book("Solo", Library.Genre.Science)
        Console.WriteLine(b.Title & " is " & b.Kind.ToString())
    End Sub
End Module
