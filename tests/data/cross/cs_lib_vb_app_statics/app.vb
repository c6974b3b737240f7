' test: cross-run
' lib: lib.cs
' twin: lib.cs twin.cs
Imports System
Imports Config

Module App
    Sub Main()
        Console.WriteLine("start")
        Console.WriteLine(Settings.Product)
        Console.WriteLine(Settings.Describe())
        Settings.Version.Minor += 1
        Console.WriteLine(Settings.Describe())
        Console.WriteLine(Settings.Loads)
        Console.WriteLine(Settings.Current.ToString())
        Settings.Current = Settings.Mode.Full
        Console.WriteLine(CInt(Settings.Current))
        Dim i As New Outer.Inner()
        Console.WriteLine(i.Hello())
        Console.WriteLine(Settings.Kind.ToString())
    End Sub
End Module
