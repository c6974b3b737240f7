' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface IEntity
    Property Id As Integer
End Interface

Public MustInherit Class Repository(Of T As {IEntity, New})
    Private ReadOnly store As New Dictionary(Of Integer, T)
    Private nextId As Integer = 1

    Public Function Create(init As Action(Of T)) As T
        Dim item As New T()
        item.Id = nextId
        nextId += 1
        init(item)
        Validate(item)
        store.Add(item.Id, item)
        Return item
    End Function

    Protected MustOverride Sub Validate(item As T)

    Public Function FindAll(pred As Func(Of T, Boolean)) As List(Of T)
        Dim out As New List(Of T)
        For Each kv In store
            If pred(kv.Value) Then out.Add(kv.Value)
        Next
        Return out
    End Function

    Public Function GetById(id As Integer) As T
        Dim found As T = Nothing
        If Not store.TryGetValue(id, found) Then Throw New KeyNotFoundException("no entity " & id)
        Return found
    End Function

    Public ReadOnly Property Count As Integer
        Get
            Return store.Count
        End Get
    End Property
End Class

Public Class Customer
    Implements IEntity
    Public Property Id As Integer Implements IEntity.Id
    Public Property Name As String
    Public Property Vip As Boolean
End Class

Public Class CustomerRepository
    Inherits Repository(Of Customer)

    Protected Overrides Sub Validate(item As Customer)
        If String.IsNullOrEmpty(item.Name) Then Throw New ArgumentException("name required")
    End Sub
End Class

Module Program
    Sub Main()
        Dim repo As New CustomerRepository()
        repo.Create(Sub(c) c.Name = "Ann")
        repo.Create(Sub(c)
                        c.Name = "Bob"
                        c.Vip = True
                    End Sub)
        repo.Create(Sub(c)
                        c.Name = "Cy"
                        c.Vip = True
                    End Sub)
        Try
            repo.Create(Sub(c) c.Vip = False)
        Catch ex As ArgumentException
            Console.WriteLine("rejected: " & ex.Message)
        End Try
        Console.WriteLine(repo.Count)
        For Each c In repo.FindAll(Function(x) x.Vip)
            Console.WriteLine(c.Id & " " & c.Name)
        Next
        Console.WriteLine(repo.GetById(1).Name)
        Try
            repo.GetById(10)
        Catch ex As KeyNotFoundException
            Console.WriteLine(ex.Message)
        End Try
    End Sub
End Module
