' test: vb-run
Imports System

Module Program
    Sub Main()
        Dim name = "Ada"
        Dim age As Integer = 36
        Dim pi As Double = Math.PI
        Console.WriteLine($"Hello {name}, next year you are {age + 1}.")
        Console.WriteLine($"pi ~ {pi:F3} | {age,5} | {age,-5}|")
        Console.WriteLine($"braces {{literal}} and quotes ""inside""")
        Console.WriteLine($"{name.ToUpper()}{name.Length}{If(age > 30, " senior", " junior")}")
        Dim items() As String = {"a", "b"}
        Console.WriteLine($"{items.Length} items: {String.Join("+", items)}")
        Console.WriteLine($"hex {255:X2} and {-3}")
        Console.WriteLine($"")
        Console.WriteLine($"{True} {Nothing} {3.5}")
    End Sub
End Module
