Module M
    Sub Main()
        Dim f = Function(x As Integer) As Integer
                    Dim y = x * 2
                    Return y + 1
                End Function
        Dim s = Sub(msg As String)
                    Console.WriteLine(msg)
                End Sub
        list.ForEach(Sub(i)
                         total += i
                     End Sub)
        Dim it = Iterator Function() As IEnumerable(Of Integer)
                     Yield 1
                 End Function
    End Sub
End Module
