' test: diag
Imports System
Imports System.Collections.Generic

Structure Named
    Public Name As String
End Structure

Structure Plain
    Public A As Integer
    Public B As Double
End Structure

Enum Color
    Red
End Enum

Module Program
    Sub Fill(ByRef s As String)
        s = "filled"
    End Sub

    Sub FillNamed(ByRef n As Named)
        n.Name = "n"
    End Sub

    Sub Main()
        Dim s As String
        Console.WriteLine(s) '~ BC42104
        Console.WriteLine(s) ' reported once per variable

        Dim t As String
        Fill(t) '~ BC42030
        Console.WriteLine(t)

        Dim u As Object
        If Environment.TickCount > 0 Then
            u = 1
        End If
        Console.WriteLine(u) '~ BC42104

        Dim both As String
        If Environment.TickCount > 0 Then
            both = "a"
        Else
            both = "b"
        End If
        Console.WriteLine(both)

        Dim n As Named
        Dim m As Named = n '~ BC42109
        Dim k As Named
        FillNamed(k) '~ BC42108

        ' Zero-initialized: intrinsic types, enums, structures of them.
        Dim i As Integer
        Dim c As Color
        Dim p As Plain
        Console.WriteLine(i + c + p.A)

        Dim arr() As Integer
        For j As Integer = 0 To 2
            If j > 0 Then Console.WriteLine(arr.Length) '~ BC42104
            arr = New Integer(j) {}
        Next

        Dim map As New Dictionary(Of String, String)()
        Dim found As String
        If map.TryGetValue("k", found) Then '~ BC42030
            Console.WriteLine(found)
        End If

        Dim caught As String
        Try
            caught = "set"
        Catch ex As Exception
            Console.WriteLine(caught) '~ BC42104
            Console.WriteLine(ex.Message)
        End Try

        Dim done As String
        Try
            Console.WriteLine(1)
        Finally
            done = "set"
        End Try
        Console.WriteLine(done)

        Dim f As Func(Of String) = Function()
                                       Dim inner As String
                                       Return inner '~ BC42104
                                   End Function
        Console.WriteLine(f())

        Dim unreachable As String
        Return
        Console.WriteLine(unreachable) ' not reported: unreachable
    End Sub
End Module
