' test: vb-run
' args: -r:System.Core.dll
Imports System
Imports System.Collections.Generic

Public Structure Coord
    Public ReadOnly X As Integer
    Public ReadOnly Y As Integer

    Public Sub New(x As Integer, y As Integer)
        Me.X = x
        Me.Y = y
    End Sub

    Public Overrides Function Equals(obj As Object) As Boolean
        If Not TypeOf obj Is Coord Then Return False
        Dim o = DirectCast(obj, Coord)
        Return o.X = X AndAlso o.Y = Y
    End Function

    Public Overrides Function GetHashCode() As Integer
        Return X * 397 Xor Y
    End Function

    Public Overrides Function ToString() As String
        Return "(" & X & "," & Y & ")"
    End Function
End Structure

Public Class Tag
    Public ReadOnly Name As String

    Public Sub New(name As String)
        Me.Name = name
    End Sub

    Public Overrides Function Equals(obj As Object) As Boolean
        Dim other = TryCast(obj, Tag)
        Return other IsNot Nothing AndAlso String.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase)
    End Function

    Public Overrides Function GetHashCode() As Integer
        Return Name.ToLowerInvariant().GetHashCode()
    End Function
End Class

Module Program
    Sub Main()
        Dim visited As New HashSet(Of Coord)
        Dim path() As Coord = {New Coord(0, 0), New Coord(1, 0), New Coord(1, 1), New Coord(0, 0), New Coord(1, 0)}
        For Each c In path
            If Not visited.Add(c) Then Console.WriteLine("revisit " & c.ToString())
        Next
        Console.WriteLine(visited.Count)
        Dim tags As New Dictionary(Of Tag, Integer)
        For Each t In New String() {"VB", "vb", "Net", "NET", "vB", "mono"}
            Dim key As New Tag(t)
            If tags.ContainsKey(key) Then
                tags(key) += 1
            Else
                tags.Add(key, 1)
            End If
        Next
        For Each kv In tags
            Console.WriteLine(kv.Key.Name & " " & kv.Value)
        Next
        Console.WriteLine(New Coord(2, 3).Equals(New Coord(2, 3)) & " " & New Tag("a").Equals(Nothing))
    End Sub
End Module
