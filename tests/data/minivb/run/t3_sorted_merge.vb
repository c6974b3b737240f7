' test: vb-run
Imports System
Imports System.Collections.Generic

Module Program
    Function Merge(Of T As IComparable(Of T))(a As IList(Of T), b As IList(Of T)) As List(Of T)
        Dim out As New List(Of T)(a.Count + b.Count)
        Dim i As Integer = 0, j As Integer = 0
        While i < a.Count OrElse j < b.Count
            If j >= b.Count OrElse (i < a.Count AndAlso a(i).CompareTo(b(j)) <= 0) Then
                out.Add(a(i))
                i += 1
            Else
                out.Add(b(j))
                j += 1
            End If
        End While
        Return out
    End Function

    Function Dedupe(Of T)(items As IEnumerable(Of T)) As List(Of T)
        Dim seen As New List(Of T)
        For Each it In items
            If Not seen.Contains(it) Then seen.Add(it)
        Next
        Return seen
    End Function

    Sub Main()
        Dim m = Merge(New Integer() {1, 4, 9, 12}, New List(Of Integer) From {2, 4, 5, 20, 30})
        Console.WriteLine(String.Join(" ", m))
        Console.WriteLine(String.Join(" ", Dedupe(m)))
        Dim words = Merge(New String() {"apple", "fig"}, New String() {"banana", "cherry", "grape"})
        Console.WriteLine(String.Join(" ", words))
        Console.WriteLine(Merge(New Double() {}, New Double() {1.5}).Count)
    End Sub
End Module
