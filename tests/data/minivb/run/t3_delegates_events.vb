' test: vb-run
Imports System
Imports System.Collections.Generic

Public Delegate Function BinOp(a As Integer, b As Integer) As Integer

Public Class Counter
    Public Event Changed(sender As Object, value As Integer)
    Public Event Reset As EventHandler
    Private _value As Integer

    Public Sub Increment()
        _value += 1
        RaiseEvent Changed(Me, _value)
    End Sub

    Public Sub Clear()
        _value = 0
        RaiseEvent Reset(Me, EventArgs.Empty)
    End Sub
End Class

Module Program
    Function Add(a As Integer, b As Integer) As Integer
        Return a + b
    End Function

    Sub OnChanged(sender As Object, value As Integer)
        Console.WriteLine("changed to " & value)
    End Sub

    Function Apply(f As Func(Of Integer, Integer), x As Integer) As Integer
        Return f(x)
    End Function

    Sub Main()
        Dim op As BinOp = AddressOf Add
        Console.WriteLine(op(2, 3))
        op = Function(a, b) a * b
        Console.WriteLine(op(4, 5))
        Dim factor As Integer = 3
        Dim triple As Func(Of Integer, Integer) = Function(x) x * factor
        factor = 4
        Console.WriteLine(triple(5))
        Console.WriteLine(Apply(Function(x) x + 100, 1))
        Dim log As New List(Of String)
        Dim record As Action(Of String) = Sub(s) log.Add(s.ToUpper())
        record("a")
        record("b")
        Console.WriteLine(String.Join(",", log))
        Dim multi As Action = Sub()
                                  Console.WriteLine("multi line")
                                  Console.WriteLine("lambda")
                              End Sub
        multi()
        Dim c As New Counter()
        AddHandler c.Changed, AddressOf OnChanged
        AddHandler c.Reset, Sub(s, e) Console.WriteLine("reset!")
        c.Increment()
        c.Increment()
        c.Clear()
        RemoveHandler c.Changed, AddressOf OnChanged
        c.Increment()
        Dim counters As New List(Of Func(Of Integer))
        For i As Integer = 1 To 3
            Dim j As Integer = i
            counters.Add(Function() j * 10)
        Next
        For Each f In counters
            Console.Write(f() & " ")
        Next
        Console.WriteLine()
    End Sub
End Module
