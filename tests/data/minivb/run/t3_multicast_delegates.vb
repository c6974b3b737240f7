' test: vb-run
Imports System

Public Delegate Sub Notify(message As String)

Module Program
    Private count As Integer

    Sub ToConsole(message As String)
        Console.WriteLine("console: " & message)
    End Sub

    Sub Counter(message As String)
        count += message.Length
    End Sub

    Sub Main()
        Dim n As Notify = AddressOf ToConsole
        n = DirectCast([Delegate].Combine(n, New Notify(AddressOf Counter)), Notify)
        n = DirectCast([Delegate].Combine(n, New Notify(Sub(m) Console.WriteLine("lambda: " & m.ToUpper()))), Notify)
        n("hello")
        Console.WriteLine(n.GetInvocationList().Length & " targets, count=" & count)
        n = DirectCast([Delegate].Remove(n, New Notify(AddressOf ToConsole)), Notify)
        n("again")
        Console.WriteLine(n.GetInvocationList().Length & " targets, count=" & count)
        Dim f As Func(Of Integer) = Function() 1
        f = DirectCast([Delegate].Combine(f, New Func(Of Integer)(Function() 2)), Func(Of Integer))
        Console.WriteLine(f())
        Dim nothingYet As Notify = Nothing
        Console.WriteLine(nothingYet Is Nothing)
    End Sub
End Module
