' test: vb-run
Imports System
Imports System.Collections.Generic

Public Interface IShape
    Function Area() As Double
    ReadOnly Property Name As String
End Interface

Public Class Square
    Implements IShape, IComparable(Of Square)
    Public ReadOnly Side As Double

    Public Sub New()
        Side = 1
    End Sub

    Public Sub New(side As Double)
        Me.Side = side
    End Sub

    Public Function Area() As Double Implements IShape.Area
        Return Side * Side
    End Function

    Public ReadOnly Property Name As String Implements IShape.Name
        Get
            Return "square " & Side
        End Get
    End Property

    Public Function CompareTo(other As Square) As Integer Implements IComparable(Of Square).CompareTo
        Return Side.CompareTo(other.Side)
    End Function
End Class

Public Class Box(Of T As {Class, IShape})
    Private ReadOnly items As New List(Of T)

    Public Sub Put(item As T)
        items.Add(item)
    End Sub

    Public Function Largest() As T
        Dim best As T = Nothing
        For Each it In items
            If best Is Nothing OrElse it.Area() > best.Area() Then best = it
        Next
        Return best
    End Function

    Public Function Count() As Integer
        Return items.Count
    End Function
End Class

Public Class Pair(Of TKey, TValue)
    Public Property Key As TKey
    Public Property Value As TValue

    Public Sub New(k As TKey, v As TValue)
        Key = k
        Value = v
    End Sub

    Public Function Swap() As Pair(Of TValue, TKey)
        Return New Pair(Of TValue, TKey)(Value, Key)
    End Function

    Public Overrides Function ToString() As String
        Return "(" & Key.ToString() & ", " & Value.ToString() & ")"
    End Function
End Class

Module Program
    Function MaxOf(Of T As IComparable(Of T))(items As IEnumerable(Of T)) As T
        Dim first As Boolean = True
        Dim best As T = Nothing
        For Each it In items
            If first OrElse it.CompareTo(best) > 0 Then
                best = it
                first = False
            End If
        Next
        Return best
    End Function

    Function Make(Of T As New)() As T
        Return New T()
    End Function

    Sub Main()
        Dim b As New Box(Of Square)
        b.Put(New Square(2))
        b.Put(New Square(5))
        b.Put(New Square(3))
        Console.WriteLine(b.Largest().Name & " of " & b.Count())
        Dim p As New Pair(Of String, Integer)("one", 1)
        Console.WriteLine(p.ToString() & " " & p.Swap().ToString())
        Console.WriteLine(MaxOf(New Integer() {3, 8, 1}))
        Console.WriteLine(MaxOf(New List(Of String) From {"kiwi", "apple", "pear"}))
        Console.WriteLine(MaxOf(New Square() {New Square(1), New Square(4)}).Side)
    End Sub
End Module
