// A library whose methods throw, catch, filter and run finally blocks; the application
// (eh_app.cs) calls it and passes callbacks that throw back into the library's frames.
using System;

namespace EhLib
{
    public class LibError : Exception
    {
        public int Code;
        public LibError(string m, int code) : base(m) { Code = code; }
    }

    public static class Worker
    {
        public static int Depth(int n)
        {
            if (n == 0) throw new LibError("bottom of the library", 42);
            try { return Depth(n - 1) + 1; }
            finally { if (n == 2) Console.WriteLine("lib finally at 2"); }
        }

        public static string Guard(Func<int, int> callback, int arg)
        {
            try { return "ok " + callback(arg); }
            catch (ArgumentException e) when (e.Message.StartsWith("lib")) { return "lib filtered " + e.Message; }
            finally { Console.WriteLine("lib guard finally " + arg); }
        }
    }
}
