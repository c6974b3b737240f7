' test: vb-run
Imports System
Imports System.Text

Module Life
    Const Size As Integer = 8

    Function Neighbours(g(,) As Boolean, r As Integer, c As Integer) As Integer
        Dim n As Integer = 0
        For dr As Integer = -1 To 1
            For dc As Integer = -1 To 1
                If dr = 0 AndAlso dc = 0 Then Continue For
                Dim rr = (r + dr + Size) Mod Size
                Dim cc = (c + dc + Size) Mod Size
                If g(rr, cc) Then n += 1
            Next
        Next
        Return n
    End Function

    Function Stepped(g(,) As Boolean) As Boolean(,)
        Dim next1(Size - 1, Size - 1) As Boolean
        For r As Integer = 0 To Size - 1
            For c As Integer = 0 To Size - 1
                Dim n = Neighbours(g, r, c)
                next1(r, c) = n = 3 OrElse (g(r, c) AndAlso n = 2)
            Next
        Next
        Return next1
    End Function

    Function Render(g(,) As Boolean) As String
        Dim sb As New StringBuilder()
        For r As Integer = 0 To Size - 1
            For c As Integer = 0 To Size - 1
                sb.Append(If(g(r, c), "#"c, "."c))
            Next
            sb.AppendLine()
        Next
        Return sb.ToString()
    End Function

    Sub Main()
        Dim g(Size - 1, Size - 1) As Boolean
        g(0, 1) = True
        g(1, 2) = True
        g(2, 0) = True : g(2, 1) = True : g(2, 2) = True
        For gen As Integer = 0 To 4
            Console.WriteLine("gen " & gen)
            Console.Write(Render(g))
            g = Stepped(g)
        Next
    End Sub
End Module
