' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface INamed
    ReadOnly Property Name As String
End Interface

Public Interface IAnimal
    Inherits INamed
    Function Speak() As String
    Property Legs As Integer
End Interface

Public Interface IPet
    Sub Play()
End Interface

Public MustInherit Class Animal
    Implements IAnimal
    Private ReadOnly _name As String
    Private _legs As Integer = 4

    Protected Sub New(name As String)
        _name = name
    End Sub

    Public ReadOnly Property Name As String Implements INamed.Name
        Get
            Return _name
        End Get
    End Property

    Public Property Legs As Integer Implements IAnimal.Legs
        Get
            Return _legs
        End Get
        Set(value As Integer)
            If value < 0 Then Throw New ArgumentOutOfRangeException("value")
            _legs = value
        End Set
    End Property

    Public MustOverride Function Speak() As String Implements IAnimal.Speak
End Class

Public Class Dog
    Inherits Animal
    Implements IPet

    Public Sub New(name As String)
        MyBase.New(name)
    End Sub

    Public Overrides Function Speak() As String
        Return "Woof"
    End Function

    Public Sub Play() Implements IPet.Play
        Console.WriteLine(Name & " fetches the ball")
    End Sub
End Class

Public Class Bird
    Inherits Animal

    Public Sub New(name As String)
        MyBase.New(name)
        Legs = 2
    End Sub

    Public Overrides Function Speak() As String
        Return "Tweet"
    End Function
End Class

Public NotInheritable Class Puppy
    Inherits Dog

    Public Sub New(name As String)
        MyBase.New(name)
    End Sub

    Public Overrides Function Speak() As String
        Return MyBase.Speak().ToLower() & "!"
    End Function
End Class

Module Program
    Sub Main()
        Dim zoo As New List(Of IAnimal) From {New Dog("Rex"), New Bird("Tweety"), New Puppy("Bit")}
        For Each a In zoo
            Console.WriteLine(a.Name & " says " & a.Speak() & " on " & a.Legs & " legs")
            Dim pet = TryCast(a, IPet)
            If pet IsNot Nothing Then pet.Play()
            Dim named As INamed = a
            Console.WriteLine("named " & named.Name)
        Next
        Try
            zoo(0).Legs = -1
        Catch ex As ArgumentOutOfRangeException
            Console.WriteLine("bad legs: " & ex.ParamName)
        End Try
        Console.WriteLine(TypeOf zoo(2) Is Dog)
        Console.WriteLine(TypeOf zoo(1) IsNot IPet)
    End Sub
End Module
