' test: vb-run
Imports System
Imports System.Collections.Generic

Public Structure Version
    Implements IComparable(Of Version)
    Public Major As Integer
    Public Minor As Integer

    Public Sub New(major As Integer, minor As Integer)
        Me.Major = major
        Me.Minor = minor
    End Sub

    Public Function CompareTo(other As Version) As Integer Implements IComparable(Of Version).CompareTo
        If Major <> other.Major Then Return Major.CompareTo(other.Major)
        Return Minor.CompareTo(other.Minor)
    End Function

    Public Overrides Function ToString() As String
        Return Major & "." & Minor
    End Function
End Structure

Public Class ByMinorDescending
    Implements IComparer(Of Version)

    Public Function Compare(x As Version, y As Version) As Integer Implements IComparer(Of Version).Compare
        Return y.Minor.CompareTo(x.Minor)
    End Function
End Class

Module Program
    Sub Bump(ByRef v As Version)
        v.Minor += 1
    End Sub

    Sub Main()
        Dim vs() As Version = {New Version(2, 1), New Version(1, 9), New Version(2, 0), New Version(1, 10)}
        Array.Sort(vs)
        Console.WriteLine(String.Join(" ", vs))
        Array.Sort(vs, New ByMinorDescending())
        Console.WriteLine(String.Join(" ", vs))
        Dim v As New Version(3, 4)
        Bump(v)
        Console.WriteLine(v)
        Bump(vs(0))
        Console.WriteLine(vs(0))
        Dim list As New List(Of Version)(vs)
        list.Sort()
        Console.WriteLine(list(0).ToString() & " .. " & list(list.Count - 1).ToString())
        Dim copy As Version = list(0)
        copy.Major = 99
        Console.WriteLine(list(0).Major)
        Dim c As IComparable(Of Version) = v
        Console.WriteLine(c.CompareTo(New Version(3, 5)))
    End Sub
End Module
