' test: vb-run
' args: -rootnamespace:Company.Product
Imports System
Imports SB = System.Text.StringBuilder
Imports Company.Product.Utilities

Namespace Utilities
    Public Module TextTools
        Public Function Shout(s As String) As String
            Return s.ToUpper() & "!"
        End Function
    End Module

    Public Class Counter
        Public Shared Total As Integer
        Public Shared Sub Bump()
            Total += 1
        End Sub
    End Class
End Namespace

Namespace Geometry.Plane
    Public Class Vec
        Public X As Double, Y As Double

        Public Function Length() As Double
            Return Math.Sqrt(X * X + Y * Y)
        End Function
    End Class
End Namespace

Module Program
    Sub Main()
        Dim b As New SB()
        b.Append("ns ").Append(GetType(Counter).Namespace)
        Console.WriteLine(b.ToString())
        Console.WriteLine(Shout("hey"))
        Console.WriteLine(TextTools.Shout("you"))
        Counter.Bump()
        Utilities.Counter.Bump()
        Console.WriteLine(counter.total)
        Dim v As New Geometry.Plane.Vec With {.X = 3, .Y = 4}
        Console.WriteLine(v.Length())
        Console.WriteLine(GetType(Geometry.Plane.Vec).FullName)
        Dim CONSOLE_NAME As String = "case"
        console.writeline(console_name & "-insensitive")
    End Sub
End Module
