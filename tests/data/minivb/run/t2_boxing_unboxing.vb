' test: vb-run
Imports System
Imports System.Collections

Module Program
    Function Describe(o As Object) As String
        If o Is Nothing Then Return "nothing"
        If TypeOf o Is Integer Then Return "int " & CInt(o)
        If TypeOf o Is String Then Return "string " & DirectCast(o, String)
        If TypeOf o Is Double Then Return "double " & CDbl(o).ToString("F1")
        If TypeOf o Is Boolean Then Return "bool " & CBool(o)
        Return "other " & o.GetType().Name
    End Function

    Sub Main()
        Dim items As New ArrayList()
        items.Add(1)
        items.Add("two")
        items.Add(3.0)
        items.Add(True)
        items.Add(Nothing)
        items.Add(New Version(1, 2))
        items.Add("c"c)
        For Each it As Object In items
            Console.WriteLine(Describe(it))
        Next
        Dim boxed As Object = 41
        Dim n As Integer = DirectCast(boxed, Integer) + 1
        Console.WriteLine(n)
        Console.WriteLine(boxed.Equals(41) & " " & boxed.Equals(41L))
        Dim h As New Hashtable()
        h("k") = 10
        Console.WriteLine(CInt(h("k")) * 2)
        Dim o1 As Object = 5, o2 As Object = 5
        Console.WriteLine(o1 Is o2)
        Console.WriteLine(o1.Equals(o2))
        Dim i As IComparable = 3
        Console.WriteLine(i.CompareTo(2))
    End Sub
End Module
