' test: vb-run
Imports System

Public Interface IResettable
    Sub Reset()
    ReadOnly Property Value As Integer
End Interface

Public Structure Tally
    Implements IResettable
    Private count As Integer

    Public Sub Add(n As Integer)
        count += n
    End Sub

    Public Sub Reset() Implements IResettable.Reset
        count = 0
    End Sub

    Public ReadOnly Property Value As Integer Implements IResettable.Value
        Get
            Return count
        End Get
    End Property
End Structure

Module Program
    Sub ResetIt(r As IResettable)
        r.Reset()
    End Sub

    Sub ResetGeneric(Of T As IResettable)(ByRef r As T)
        r.Reset()
    End Sub

    Sub Main()
        Dim t As New Tally()
        t.Add(5)
        ResetIt(t)
        Console.WriteLine(t.Value)
        Dim boxed As IResettable = t
        boxed.Reset()
        Console.WriteLine(t.Value & " " & boxed.Value)
        t.Add(2)
        ResetGeneric(t)
        Console.WriteLine(t.Value)
        Dim arr(1) As Tally
        arr(0).Add(3)
        arr(1).Add(4)
        arr(1).Reset()
        Console.WriteLine(arr(0).Value + arr(1).Value)
    End Sub
End Module
