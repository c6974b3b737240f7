using System;

public class AppError : Exception
{
    public int Code { get; }
    public AppError(string message, int code) : base(message) { Code = code; }
}

public class Resource : IDisposable
{
    private readonly string name;
    public Resource(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Dispose() { Console.WriteLine("close " + name); }
}

static class Program
{
    static void Fail(int code) { throw new AppError("failed with " + code, code); }
    static int Divide(int a, int b) { return a / b; }

    static void Main()
    {
        foreach (var code in new int[] { 1, 2, 3 })
        {
            try { Fail(code); }
            catch (AppError e) when (e.Code == 2) { Console.WriteLine("two: " + e.Message); }
            catch (AppError e) { Console.WriteLine("other: " + e.Code); }
            finally { Console.WriteLine("finally " + code); }
        }
        try { Console.WriteLine(Divide(1, 0)); }
        catch (DivideByZeroException) { Console.WriteLine("div by zero"); }
        try { int[] arr = new int[3]; arr[3] = 1; }
        catch (IndexOutOfRangeException) { Console.WriteLine("bounds"); }
        try { string s = null; Console.WriteLine(s.Length); }
        catch (NullReferenceException) { Console.WriteLine("null"); }
        try { object o = "text"; int n = (int)o; Console.WriteLine(n); }
        catch (InvalidCastException) { Console.WriteLine("cast"); }
        using (var r = new Resource("a"))
        using (var r2 = new Resource("b"))
        {
            Console.WriteLine("using both");
        }
        try
        {
            using (var r = new Resource("c")) { throw new InvalidOperationException("boom"); }
        }
        catch (InvalidOperationException ex) { Console.WriteLine("caught " + ex.Message); }
        try
        {
            try { Fail(9); }
            catch (AppError) { Console.WriteLine("rethrowing"); throw; }
        }
        catch (Exception ex) { Console.WriteLine("outer " + ex.Message); }
    }
}
