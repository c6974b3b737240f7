' test: vb-run
Imports System
Imports System.Collections.Generic

Public Class Person
    Public Property Name As String
    Public Property Age As Integer
    Public Property City As String

    Public Overrides Function ToString() As String
        Return Name & "(" & Age & ", " & City & ")"
    End Function
End Class

Module Program
    Function Sorted(Of T)(items As List(Of T), cmp As Comparison(Of T)) As List(Of T)
        Dim copy As New List(Of T)(items)
        copy.Sort(cmp)
        Return copy
    End Function

    Function GroupBy(Of T, K)(items As List(Of T), key As Func(Of T, K)) As Dictionary(Of K, List(Of T))
        Dim groups As New Dictionary(Of K, List(Of T))
        For Each it In items
            Dim k = key(it)
            If Not groups.ContainsKey(k) Then groups(k) = New List(Of T)
            groups(k).Add(it)
        Next
        Return groups
    End Function

    Sub Main()
        Dim people As New List(Of Person) From {
            New Person With {.Name = "Zoe", .Age = 31, .City = "Oslo"},
            New Person With {.Name = "Adam", .Age = 25, .City = "Rome"},
            New Person With {.Name = "Mia", .Age = 31, .City = "Rome"},
            New Person With {.Name = "Bo", .Age = 19, .City = "Oslo"}
        }
        Console.WriteLine(String.Join(" ", Sorted(people, Function(a, b) a.Age.CompareTo(b.Age))))
        Console.WriteLine(String.Join(" ", Sorted(people, Function(a, b) String.CompareOrdinal(a.Name, b.Name))))
        Dim byAgeThenName = Sorted(people, Function(a, b)
                                               Dim c = b.Age.CompareTo(a.Age)
                                               If c <> 0 Then Return c
                                               Return String.CompareOrdinal(a.Name, b.Name)
                                           End Function)
        Console.WriteLine(String.Join(" ", byAgeThenName))
        Dim groups = GroupBy(people, Function(p) p.City)
        Dim cities As New List(Of String)(groups.Keys)
        cities.Sort()
        For Each c In cities
            Console.WriteLine(c & ": " & groups(c).Count)
        Next
        Dim adults = people.FindAll(Function(p) p.Age >= 21)
        Console.WriteLine(adults.Count)
        Console.WriteLine(people.Exists(Function(p) p.Name.StartsWith("M")))
        Console.WriteLine(people.TrueForAll(Function(p) p.Age > 18))
        Dim total As Integer = 0
        people.ForEach(Sub(p) total += p.Age)
        Console.WriteLine(total)
    End Sub
End Module
