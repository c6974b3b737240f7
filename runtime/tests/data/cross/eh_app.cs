// Exceptions crossing assemblies: thrown in the library and caught here (by a base
// type and by a filter reading the library's field), and thrown here from a callback
// through the library's handlers, some of which decline.
using System;
using EhLib;

class Program
{
    static int Callback(int x)
    {
        if (x == 1) throw new ArgumentException("lib-style " + x);
        if (x == 2) throw new ArgumentException("app-style " + x);
        if (x == 3) throw new LibError("app throws the library's type", 3);
        return x * 10;
    }

    static void Main()
    {
        try { Worker.Depth(4); }
        catch (LibError e) when (e.Code == 42) { Console.WriteLine("app caught: " + e.Message + " " + e.Code); }
        for (int i = 0; i < 4; i++)
        {
            try { Console.WriteLine(Worker.Guard(Callback, i)); }
            catch (Exception e) { Console.WriteLine("app caught " + e.GetType().Name + ": " + e.Message); }
        }
    }
}
