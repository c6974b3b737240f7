' test: vb-run
' Mandelbrot of the Benchmarks Game in minivb, a line-for-line translation of
' mandelbrot.cs (its C# twin and oracle), printing a checksum of the bitmap instead of
' the PBM bytes. Argument: the size (default 200).
Imports System

Module Mandelbrot
    Sub Main(args As String())
        Dim n As Integer = If(args.Length > 0, Integer.Parse(args(0)), 200)
        Dim checksum As Long = 0
        Dim inside As Integer = 0
        For y As Integer = 0 To n - 1
            Dim bits As Integer = 0, bitCount As Integer = 0
            Dim ci As Double = 2.0 * y / n - 1.0
            For x As Integer = 0 To n - 1
                Dim cr As Double = 2.0 * x / n - 1.5
                Dim zr As Double = 0, zi As Double = 0, tr As Double = 0, ti As Double = 0
                Dim i As Integer = 0
                While i < 50 AndAlso tr + ti <= 4.0
                    zi = 2.0 * zr * zi + ci
                    zr = tr - ti + cr
                    tr = zr * zr
                    ti = zi * zi
                    i += 1
                End While
                bits = (bits << 1) Or If(tr + ti <= 4.0, 1, 0)
                If tr + ti <= 4.0 Then inside += 1
                bitCount += 1
                If bitCount = 8 OrElse x = n - 1 Then
                    checksum = (checksum * 31 + bits) Mod 1000000007
                    bits = 0
                    bitCount = 0
                End If
            Next
        Next
        Console.WriteLine("inside: " & inside)
        Console.WriteLine("checksum: " & checksum)
    End Sub
End Module
