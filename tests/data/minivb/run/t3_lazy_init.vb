' test: vb-run
Imports System

Public Class ExpensiveResource
    Public Shared Created As Integer

    Public Sub New()
        Created += 1
        Console.WriteLine("creating resource #" & Created)
    End Sub

    Public Function Query(q As String) As String
        Return "result of " & q
    End Function
End Class

Public Class Service
    Private resource As ExpensiveResource
    Private ReadOnly factory As Func(Of ExpensiveResource)

    Public Sub New(factory As Func(Of ExpensiveResource))
        Me.factory = factory
    End Sub

    Private ReadOnly Property Res As ExpensiveResource
        Get
            If resource Is Nothing Then resource = factory()
            Return resource
        End Get
    End Property

    Public Function Ask(q As String) As String
        Return Res.Query(q)
    End Function
End Class

Module Program
    Sub Main()
        Dim s As New Service(Function() New ExpensiveResource())
        Console.WriteLine("service ready, created=" & ExpensiveResource.Created)
        Console.WriteLine(s.Ask("a"))
        Console.WriteLine(s.Ask("b"))
        Console.WriteLine("created=" & ExpensiveResource.Created)
        Dim lazy As New Lazy(Of String)(Function()
                                              Console.WriteLine("computing lazy value")
                                              Return "lazy!"
                                          End Function)
        Console.WriteLine(lazy.IsValueCreated)
        Console.WriteLine(lazy.Value & lazy.Value)
        Console.WriteLine(lazy.IsValueCreated)
    End Sub
End Module
