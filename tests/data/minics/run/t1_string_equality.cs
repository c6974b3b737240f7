// test: mono-run
using System;
using System.Text;

class Program
{
    static void Main()
    {
        string a = "hello";
        string b = "hel" + "lo";
        StringBuilder sb = new StringBuilder();
        sb.Append("hel");
        sb.Append("lo");
        string c = sb.ToString();
        Console.WriteLine(a == b);
        Console.WriteLine(a == c);
        Console.WriteLine(a.Equals(c));
        Console.WriteLine(string.Equals(a, c));
        Console.WriteLine(object.ReferenceEquals(a, b));
        Console.WriteLine(object.ReferenceEquals(a, c));
        object oa = a, oc = c;
        Console.WriteLine(oa.Equals(oc));
        Console.WriteLine(a != "Hello");
        Console.WriteLine(a.Equals("HELLO"));
        string n = null;
        Console.WriteLine(n == null);
        Console.WriteLine(a == n);
        Console.WriteLine(string.Equals(n, null));
        Console.WriteLine(string.IsNullOrEmpty(n));
        Console.WriteLine(string.IsNullOrEmpty(""));
        Console.WriteLine(string.IsNullOrEmpty(" "));
        Console.WriteLine("" == string.Empty);
        Console.WriteLine(a.CompareTo(c));
        Console.WriteLine(a.GetHashCode() == c.GetHashCode());
    }
}
