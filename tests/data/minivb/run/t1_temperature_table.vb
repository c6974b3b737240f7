' test: vb-run
Imports System

Module Program
    Function CToF(c As Double) As Double
        Return c * 9 / 5 + 32
    End Function

    Sub Main()
        Console.WriteLine("   C      F")
        For c As Integer = -40 To 100 Step 20
            Console.WriteLine(c.ToString().PadLeft(4) & CToF(c).ToString("F1").PadLeft(7))
        Next
        Dim sumF As Double = 0
        Dim count As Integer = 0
        For c As Double = 0 To 1 Step 0.1
            sumF += CToF(c)
            count += 1
        Next
        Console.WriteLine(count & " samples, mean " & (sumF / count).ToString("F3"))
    End Sub
End Module
