' test: vb-run
Imports System

Public Class Registry
    Public Shared ReadOnly Names As New System.Collections.Generic.List(Of String)
    Public Shared Count As Integer = Init("Registry.Count")

    Shared Sub New()
        Console.WriteLine("Registry shared ctor, count=" & Count)
    End Sub

    Public Shared Function Init(what As String) As Integer
        Console.WriteLine("init " & what)
        Return 10
    End Function
End Class

Public Class Widget
    Private Shared created As Integer
    Public ReadOnly Serial As Integer = NextSerial()
    Public ReadOnly Label As String

    Private Shared Function NextSerial() As Integer
        created += 1
        Return created
    End Function

    Public Sub New(label As String)
        Me.Label = label & "#" & Serial
        Console.WriteLine("constructed " & Me.Label)
    End Sub
End Class

Module Program
    Private ReadOnly startup As String = Announce()

    Function Announce() As String
        Console.WriteLine("module field init")
        Return "ready"
    End Function

    Sub Main()
        Console.WriteLine("main starts " & startup)
        Dim a As New Widget("a")
        Dim b As New Widget("b")
        Console.WriteLine(Registry.Count)
        Registry.Names.Add(a.Label)
        Registry.Names.Add(b.Label)
        Console.WriteLine(String.Join(",", Registry.Names))
    End Sub
End Module
