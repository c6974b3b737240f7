' test: vb-run
Imports System

Module Sorting
    Sub QuickSort(a() As Integer, lo As Integer, hi As Integer)
        If lo >= hi Then Return
        Dim pivot As Integer = a((lo + hi) \ 2)
        Dim i As Integer = lo, j As Integer = hi
        Do While i <= j
            Do While a(i) < pivot
                i += 1
            Loop
            Do While a(j) > pivot
                j -= 1
            Loop
            If i <= j Then
                Dim t As Integer = a(i)
                a(i) = a(j)
                a(j) = t
                i += 1
                j -= 1
            End If
        Loop
        QuickSort(a, lo, j)
        QuickSort(a, i, hi)
    End Sub

    Function MergeSort(a() As Integer) As Integer()
        If a.Length <= 1 Then Return a
        Dim mid As Integer = a.Length \ 2
        Dim left(mid - 1) As Integer
        Dim right(a.Length - mid - 1) As Integer
        Array.Copy(a, 0, left, 0, mid)
        Array.Copy(a, mid, right, 0, a.Length - mid)
        left = MergeSort(left)
        right = MergeSort(right)
        Dim result(a.Length - 1) As Integer
        Dim li As Integer = 0, ri As Integer = 0, k As Integer = 0
        While li < left.Length AndAlso ri < right.Length
            If left(li) <= right(ri) Then
                result(k) = left(li)
                li += 1
            Else
                result(k) = right(ri)
                ri += 1
            End If
            k += 1
        End While
        While li < left.Length
            result(k) = left(li) : li += 1 : k += 1
        End While
        While ri < right.Length
            result(k) = right(ri) : ri += 1 : k += 1
        End While
        Return result
    End Function

    Function Show(a() As Integer) As String
        Return String.Join(" ", a)
    End Function

    Sub Main()
        Dim data() As Integer = {38, 27, 43, 3, 9, 82, 10, 3, -5, 0}
        Dim copy1 = CType(data.Clone(), Integer())
        QuickSort(copy1, 0, copy1.Length - 1)
        Console.WriteLine(Show(copy1))
        Console.WriteLine(Show(MergeSort(data)))
        Console.WriteLine(Show(data))
        Dim seed As Integer = 12345
        Dim big(199) As Integer
        For i As Integer = 0 To big.Length - 1
            seed = (seed * 1103 + 12345) Mod 65536
            big(i) = seed Mod 1000
        Next
        QuickSort(big, 0, big.Length - 1)
        Dim ok As Boolean = True
        For i As Integer = 1 To big.Length - 1
            If big(i - 1) > big(i) Then ok = False
        Next
        Console.WriteLine(ok & " " & big(0) & " " & big(199))
    End Sub
End Module
