' test: vb-run
' Fannkuch-redux of the Benchmarks Game in minivb, a translation of fannkuch_redux.cs (its
' C# twin and oracle): pancake flips over all permutations, with a checksum. C#'s
' `while (true)` loops are `Do … Loop`, `break` is `Exit Do`, and the two-variable `for`
' of the flip is a `Do While`. Argument: the permutation length (default 7).
Imports System

Module FannkuchRedux
    Sub Main(args As String())
        Dim n As Integer = If(args.Length > 0, Integer.Parse(args(0)), 7)
        Dim perm(n - 1) As Integer, perm1(n - 1) As Integer, count(n - 1) As Integer
        For i As Integer = 0 To n - 1
            perm1(i) = i
        Next
        Dim maxFlips As Integer = 0, checksum As Integer = 0, permCount As Integer = 0, r As Integer = n
        Do
            While r <> 1
                count(r - 1) = r
                r -= 1
            End While
            For i As Integer = 0 To n - 1
                perm(i) = perm1(i)
            Next
            Dim flips As Integer = 0
            Dim k As Integer = perm(0)
            Do While k <> 0
                Dim i As Integer = 0, j As Integer = k
                Do While i < j
                    Dim t As Integer = perm(i)
                    perm(i) = perm(j)
                    perm(j) = t
                    i += 1
                    j -= 1
                Loop
                flips += 1
                k = perm(0)
            Loop
            If flips > maxFlips Then maxFlips = flips
            checksum += If(permCount Mod 2 = 0, flips, -flips)
            Do
                If r = n Then
                    Console.WriteLine(checksum)
                    Console.WriteLine("Pfannkuchen(" & n & ") = " & maxFlips)
                    Return
                End If
                Dim first As Integer = perm1(0)
                For i As Integer = 0 To r - 1
                    perm1(i) = perm1(i + 1)
                Next
                perm1(r) = first
                count(r) -= 1
                If count(r) > 0 Then Exit Do
                r += 1
            Loop
            permCount += 1
        Loop
    End Sub
End Module
