// test: mono-run
using System;

class Program
{
    static void Main()
    {
        string s = "The quick brown fox jumps over the lazy dog";
        Console.WriteLine(s.Substring(4));
        Console.WriteLine(s.Substring(4, 5));
        Console.WriteLine(s.Substring(s.Length - 3));
        Console.WriteLine("[" + s.Substring(s.Length) + "]");
        Console.WriteLine(s.IndexOf('q'));
        Console.WriteLine(s.IndexOf("fox"));
        Console.WriteLine(s.IndexOf("cat"));
        Console.WriteLine(s.IndexOf('o'));
        Console.WriteLine(s.IndexOf('o', 13));
        Console.WriteLine(s.IndexOf("the", 1));
        Console.WriteLine(s.LastIndexOf('o'));
        Console.WriteLine(s.LastIndexOf("the"));
        int start = s.IndexOf("brown");
        int end = s.IndexOf(' ', start);
        Console.WriteLine(s.Substring(start, end - start));
        string path = "dir/sub/file.txt";
        int slash = path.LastIndexOf('/');
        Console.WriteLine(path.Substring(0, slash));
        Console.WriteLine(path.Substring(slash + 1));
        int dot = path.IndexOf('.');
        Console.WriteLine(path.Substring(dot + 1));
        int count = 0;
        int pos = 0;
        while ((pos = s.IndexOf('o', pos)) >= 0)
        {
            count++;
            pos++;
        }
        Console.WriteLine(count);
        try
        {
            Console.WriteLine(s.Substring(40, 10));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
    }
}
