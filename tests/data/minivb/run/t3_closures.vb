' test: vb-run
Imports System
Imports System.Collections.Generic

Module Program
    Function MakeCounter() As Func(Of Integer)
        Dim count As Integer = 0
        Return Function()
                   count += 1
                   Return count
               End Function
    End Function

    Function Compose(f As Func(Of Integer, Integer), g As Func(Of Integer, Integer)) As Func(Of Integer, Integer)
        Return Function(x) g(f(x))
    End Function

    Function Adder(n As Integer) As Func(Of Integer, Integer)
        Return Function(x) x + n
    End Function

    Sub Repeat(times As Integer, body As Action(Of Integer))
        For i As Integer = 1 To times
            body(i)
        Next
    End Sub

    Function Map(xs As List(Of Integer), f As Func(Of Integer, Integer)) As List(Of Integer)
        Dim out As New List(Of Integer)
        For Each x In xs
            out.Add(f(x))
        Next
        Return out
    End Function

    Sub Main()
        Dim c1 = MakeCounter()
        Dim c2 = MakeCounter()
        Console.WriteLine(c1() & " " & c1() & " " & c1() & " " & c2())
        Dim inc = Adder(1)
        Dim dbl As Func(Of Integer, Integer) = Function(x) x * 2
        Console.WriteLine(Compose(inc, dbl)(5))
        Console.WriteLine(Compose(dbl, inc)(5))
        Dim acc As Integer = 0
        Repeat(4, Sub(i) acc += i * i)
        Console.WriteLine(acc)
        Dim squares = Map(New List(Of Integer) From {1, 2, 3}, Function(x) x * x)
        Console.WriteLine(String.Join(",", squares))
        Dim actions As New List(Of Action)
        For Each word In New String() {"one", "two", "three"}
            Dim w As String = word
            actions.Add(Sub() Console.Write(w.Length))
        Next
        For Each a In actions
            a()
        Next
        Console.WriteLine()
        Dim pred As Predicate(Of Integer) = Function(n) n > 2
        Console.WriteLine(New List(Of Integer) From {1, 2, 3, 4}.FindAll(pred).Count)
        Dim cmp As Comparison(Of String) = Function(a, b) a.Length.CompareTo(b.Length)
        Dim words As New List(Of String) From {"ccc", "a", "bb"}
        words.Sort(cmp)
        Console.WriteLine(String.Join(" ", words))
    End Sub
End Module
