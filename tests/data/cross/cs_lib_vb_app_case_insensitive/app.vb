' test: cross-run
' lib: lib.cs
' twin: lib.cs twin.cs
Imports System
Imports TEXT.tools

Module App
    Sub Main()
        Dim wc As New WORDCOUNTER()
        wc.addword("alpha")
        WC.ADDWORD("beta")
        Console.WriteLine(wc.getcount())
        Console.WriteLine(Wc.lastword)
        Console.WriteLine(wordcounter.joinwith("+", "a", "b", "c"))
        Console.WriteLine(CASING.UPPER("shout") & " " & casing.maxlen)
    End Sub
End Module
