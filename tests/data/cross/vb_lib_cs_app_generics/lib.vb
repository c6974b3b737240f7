Imports System
Imports System.Collections.Generic

Public Class Cache(Of TKey, TValue As Class)
    Private ReadOnly map As New Dictionary(Of TKey, TValue)
    Private ReadOnly factory As Func(Of TKey, TValue)
    Public Property Misses As Integer

    Public Sub New(factory As Func(Of TKey, TValue))
        Me.factory = factory
    End Sub

    Public Function GetValue(key As TKey) As TValue
        Dim v As TValue = Nothing
        If Not map.TryGetValue(key, v) Then
            Misses += 1
            v = factory(key)
            map(key) = v
        End If
        Return v
    End Function
End Class

Public Module Algorithms
    Public Function MinMax(Of T As IComparable(Of T))(items As IList(Of T)) As T()
        Dim lo As T = items(0), hi As T = items(0)
        For Each it In items
            If it.CompareTo(lo) < 0 Then lo = it
            If it.CompareTo(hi) > 0 Then hi = it
        Next
        Return New T() {lo, hi}
    End Function

    Public Function CountWhere(Of T)(items As IEnumerable(Of T), pred As Predicate(Of T)) As Integer
        Dim n As Integer = 0
        For Each it In items
            If pred(it) Then n += 1
        Next
        Return n
    End Function
End Module
