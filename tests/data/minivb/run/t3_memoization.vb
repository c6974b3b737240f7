' test: vb-run
Imports System
Imports System.Collections.Generic

Module Memo
    Private ReadOnly cache As New Dictionary(Of Integer, Long)
    Private calls As Integer

    Function Fib(n As Integer) As Long
        calls += 1
        If n < 2 Then Return n
        Dim v As Long
        If cache.TryGetValue(n, v) Then Return v
        v = Fib(n - 1) + Fib(n - 2)
        cache(n) = v
        Return v
    End Function

    Function Memoize(Of TIn, TOut)(f As Func(Of TIn, TOut)) As Func(Of TIn, TOut)
        Dim seen As New Dictionary(Of TIn, TOut)
        Return Function(x)
                   Dim r As TOut = Nothing
                   If Not seen.TryGetValue(x, r) Then
                       r = f(x)
                       seen(x) = r
                   End If
                   Return r
               End Function
    End Function

    Function Ways(amount As Integer, coins As Integer()) As Long
        Dim table(amount) As Long
        table(0) = 1
        For Each c In coins
            For a As Integer = c To amount
                table(a) += table(a - c)
            Next
        Next
        Return table(amount)
    End Function

    Sub Main()
        Console.WriteLine(Fib(80))
        Console.WriteLine("calls " & calls)
        Dim slowCalls As Integer = 0
        Dim square = Memoize(Of Integer, Integer)(Function(x)
                                                      slowCalls += 1
                                                      Return x * x
                                                  End Function)
        Console.WriteLine(square(12) + square(12) + square(3))
        Console.WriteLine("slow calls " & slowCalls)
        Console.WriteLine(Ways(100, New Integer() {1, 5, 10, 25, 50}))
        Dim lists As New List(Of Integer())
        lists.Add(New Integer() {1, 2})
        lists.Add(New Integer() {3})
        Dim total As Integer = 0
        For Each arr In lists
            For Each x In arr
                total += x
            Next
        Next
        Console.WriteLine(total)
    End Sub
End Module
