Imports System
Imports System.Collections.Generic

Public Interface IPlugin
    ReadOnly Property Name As String
    Function Run(input As String) As String
End Interface

Public MustInherit Class Filter
    Implements IPlugin
    Private ReadOnly _name As String
    Protected Runs As Integer

    Protected Sub New(name As String)
        _name = name
    End Sub

    Public ReadOnly Property Name As String Implements IPlugin.Name
        Get
            Return _name
        End Get
    End Property

    Public Function Run(input As String) As String Implements IPlugin.Run
        Runs += 1
        Return Prefix() & Transform(input)
    End Function

    Protected MustOverride Function Transform(input As String) As String

    Protected Overridable Function Prefix() As String
        Return ""
    End Function

    Public ReadOnly Property RunCount As Integer
        Get
            Return Runs
        End Get
    End Property
End Class

Public Class Host
    Private ReadOnly plugins As New List(Of IPlugin)

    Public Sub Register(p As IPlugin)
        plugins.Add(p)
    End Sub

    Public Function Process(text As String) As String
        Dim result = text
        For Each p In plugins
            result = p.Run(result)
            Console.WriteLine("  after " & p.Name & ": " & result)
        Next
        Return result
    End Function
End Class
