' test: vb-run
Imports System

Public Structure Particle
    Public X As Double
    Public V As Double
    Public Property Mass As Double

    Public Sub Move(dt As Double)
        X += V * dt
    End Sub

    Public ReadOnly Property Momentum As Double
        Get
            Return Mass * V
        End Get
    End Property
End Structure

Module Program
    Sub Main()
        Dim ps(2) As Particle
        For i As Integer = 0 To 2
            ps(i).X = i
            ps(i).V = i + 1
            ps(i).Mass = 2
        Next
        For stp As Integer = 1 To 3
            For i As Integer = 0 To ps.Length - 1
                ps(i).Move(0.5)
            Next
        Next
        For Each p In ps
            Console.WriteLine(p.X.ToString("F2") & " " & p.Momentum)
        Next
        Dim q As Particle
        Console.WriteLine(q.X & " " & q.Mass)
        Dim r = New Particle()
        r.V = 3
        Dim copy = r
        copy.V = 10
        Console.WriteLine(r.V & " " & copy.V)
        Dim boxed As Object = r
        r.V = 4
        Console.WriteLine(DirectCast(boxed, Particle).V)
        Dim pair As New KeyValuePairLike With {.Key = "k", .Count = 2}
        Console.WriteLine(pair.Key & pair.Count)
    End Sub
End Module

Public Structure KeyValuePairLike
    Public Key As String
    Public Count As Integer
End Structure
