using System;
using System.Collections.Generic;

public class Library
{
    public enum Genre { Fiction, Science, History }
    public struct Loan { public string Title; public int Days; }
    public class Book
    {
        public readonly string Title;
        public readonly Genre Kind;
        public Book(string title, Genre kind) { Title = title; Kind = kind; }
    }
    private readonly List<Book> shelf = new List<Book>();
    private readonly List<Loan> loans = new List<Loan>();
    public void Add(string title, Genre kind) { shelf.Add(new Book(title, kind)); }
    public bool Lend(string title, int days)
    {
        foreach (var b in shelf) if (b.Title == title) { loans.Add(new Loan { Title = title, Days = days }); return true; }
        return false;
    }
    public int CountOf(Genre kind) { int n = 0; foreach (var b in shelf) if (b.Kind == kind) n += 1; return n; }
    public Loan LongestLoan() { var best = new Loan(); foreach (var l in loans) if (l.Days > best.Days) best = l; return best; }
}

static class Program
{
    static void Main()
    {
        var lib1 = new Library();
        lib1.Add("Dune", Library.Genre.Fiction);
        lib1.Add("Cosmos", Library.Genre.Science);
        lib1.Add("SPQR", Library.Genre.History);
        lib1.Add("Emma", Library.Genre.Fiction);
        Console.WriteLine(lib1.CountOf(Library.Genre.Fiction));
        Console.WriteLine(lib1.Lend("Dune", 14) + " " + lib1.Lend("Missing", 3) + " " + lib1.Lend("SPQR", 21));
        Library.Loan l = lib1.LongestLoan();
        Console.WriteLine(l.Title + " for " + l.Days + " days");
        var b = new Library.Book("Solo", Library.Genre.Science);
        Console.WriteLine(b.Title + " is " + b.Kind.ToString());
    }
}
