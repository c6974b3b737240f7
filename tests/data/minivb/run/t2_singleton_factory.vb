' test: vb-run
Imports System
Imports System.Collections.Generic

Public NotInheritable Class Registry
    Private Shared ReadOnly instance As New Registry()
    Private ReadOnly factories As New Dictionary(Of String, Func(Of IAnimal))

    Private Sub New()
        Console.WriteLine("registry created")
    End Sub

    Public Shared ReadOnly Property Current As Registry
        Get
            Return instance
        End Get
    End Property

    Public Sub Register(kind As String, factory As Func(Of IAnimal))
        factories(kind.ToLowerInvariant()) = factory
    End Sub

    Public Function Create(kind As String) As IAnimal
        Dim f As Func(Of IAnimal) = Nothing
        If factories.TryGetValue(kind.ToLowerInvariant(), f) Then Return f()
        Throw New ArgumentException("unknown kind: " & kind)
    End Function
End Class

Public Interface IAnimal
    Function Sound() As String
End Interface

Public Class Cat
    Implements IAnimal

    Public Function Sound() As String Implements IAnimal.Sound
        Return "meow"
    End Function
End Class

Public Class Cow
    Implements IAnimal
    Private Shared made As Integer

    Public Sub New()
        made += 1
    End Sub

    Public Function Sound() As String Implements IAnimal.Sound
        Return "moo #" & made
    End Function
End Class

Module Program
    Sub Main()
        Console.WriteLine("start")
        Registry.Current.Register("cat", Function() New Cat())
        Registry.Current.Register("Cow", Function() New Cow())
        For Each k In New String() {"CAT", "cow", "cow", "dog"}
            Try
                Console.WriteLine(k & " says " & Registry.Current.Create(k).Sound())
            Catch ex As ArgumentException
                Console.WriteLine(ex.Message)
            End Try
        Next
        Console.WriteLine(Registry.Current Is Registry.Current)
    End Sub
End Module
