' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Lcg
    Private state As UInteger

    Public Sub New(seed As UInteger)
        state = seed
    End Sub

    Public Function NextInt(max As Integer) As Integer
        state = CUInt((CULng(state) * 1664525UL + 1013904223UL) Mod 4294967296UL)
        Return CInt(state Mod CUInt(max))
    End Function
End Class

Public Structure Customer
    Public Id As Integer
    Public Arrival As Integer
    Public Service As Integer
End Structure

Module Simulation
    Sub Main()
        Dim rng As New Lcg(42)
        Dim waiting As New Queue(Of Customer)
        Dim nextId As Integer = 1
        Dim busyUntil As Integer = 0
        Dim totalWait As Integer = 0
        Dim served As Integer = 0
        Dim maxQueue As Integer = 0
        For t As Integer = 0 To 59
            If rng.NextInt(3) = 0 Then
                waiting.Enqueue(New Customer With {.Id = nextId, .Arrival = t, .Service = 1 + rng.NextInt(4)})
                nextId += 1
            End If
            maxQueue = Math.Max(maxQueue, waiting.Count)
            If t >= busyUntil AndAlso waiting.Count > 0 Then
                Dim c = waiting.Dequeue()
                totalWait += t - c.Arrival
                busyUntil = t + c.Service
                served += 1
            End If
        Next
        Console.WriteLine("arrived " & (nextId - 1))
        Console.WriteLine("served " & served)
        Console.WriteLine("still waiting " & waiting.Count)
        Console.WriteLine("max queue " & maxQueue)
        Console.WriteLine("average wait " & (totalWait / Math.Max(served, 1)).ToString("F2"))
    End Sub
End Module
