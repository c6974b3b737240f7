' test: vb-run
Imports System
Imports System.Collections.Generic

Public MustInherit Class Employee
    Private Shared createdCount As Integer
    Protected ReadOnly name As String

    Protected Sub New(name As String)
        Me.name = name
        createdCount += 1
    End Sub

    Public Shared ReadOnly Property Created As Integer
        Get
            Return createdCount
        End Get
    End Property

    Public MustOverride Function Pay() As Integer

    Public Overridable Function Title() As String
        Return "Employee"
    End Function

    Public Overrides Function ToString() As String
        Return Title() & " " & name & ": " & Pay()
    End Function
End Class

Public Class Salaried
    Inherits Employee
    Private ReadOnly salary As Integer

    Public Sub New(name As String, salary As Integer)
        MyBase.New(name)
        Me.salary = salary
    End Sub

    Public Overrides Function Pay() As Integer
        Return salary \ 12
    End Function
End Class

Public Class Hourly
    Inherits Employee
    Private ReadOnly rate As Integer
    Private ReadOnly hours As Integer

    Public Sub New(name As String, rate As Integer, hours As Integer)
        MyBase.New(name)
        Me.rate = rate
        Me.hours = hours
    End Sub

    Public Overrides Function Pay() As Integer
        Dim overtime = Math.Max(0, hours - 160)
        Return rate * (hours - overtime) + rate * overtime * 3 \ 2
    End Function

    Public Overrides Function Title() As String
        Return "Hourly"
    End Function
End Class

Public Class Manager
    Inherits Salaried
    Private ReadOnly reports As New List(Of Employee)

    Public Sub New(name As String, salary As Integer)
        MyBase.New(name, salary)
    End Sub

    Public Sub AddReport(e As Employee)
        reports.Add(e)
    End Sub

    Public Overrides Function Pay() As Integer
        Return MyBase.Pay() + 100 * reports.Count
    End Function

    Public NotOverridable Overrides Function Title() As String
        Return "Manager(" & reports.Count & ")"
    End Function
End Class

Module Program
    Sub Main()
        Dim m As New Manager("Grace", 120000)
        Dim staff As New List(Of Employee) From {New Salaried("Alan", 60000), New Hourly("Ada", 50, 170), m}
        m.AddReport(staff(0))
        m.AddReport(staff(1))
        Dim total As Integer = 0
        For Each e In staff
            Console.WriteLine(e)
            total += e.Pay()
        Next
        Console.WriteLine("total " & total)
        Console.WriteLine("created " & Employee.Created)
    End Sub
End Module
