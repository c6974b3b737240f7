using System;
using System.Runtime.InteropServices;
using System.Text;

static class Program
{
    // VB's Declare: Ansi unless said, SetLastError always, the entry point the alias.
    [DllImport("libc", EntryPoint = "abs", CharSet = CharSet.Ansi, SetLastError = true)]
    public static extern int abs(int x);
    [DllImport("libc", EntryPoint = "strlen", CharSet = CharSet.Ansi, SetLastError = true)]
    public static extern IntPtr StrLen(string s);
    [DllImport("libc", EntryPoint = "strlen", CharSet = CharSet.Unicode, SetLastError = true)]
    public static extern int UnicodeStrLen(string s);
    [DllImport("libc.so.6", EntryPoint = "atoi", CharSet = CharSet.Auto, SetLastError = true)]
    public static extern int atoi(string s);
    [DllImport("libm.so.6", EntryPoint = "cos", CharSet = CharSet.Ansi, SetLastError = true)]
    public static extern double cos(double x);
    [DllImport("libm.so.6", EntryPoint = "pow", CharSet = CharSet.Ansi, SetLastError = true)]
    public static extern double pow(double x, double y);
    [DllImport("libc", EntryPoint = "strcpy", CharSet = CharSet.Ansi, SetLastError = true)]
    public static extern void strcpy(StringBuilder dst, string src);
    [DllImport("no_such_library_xyz", EntryPoint = "Missing", CharSet = CharSet.Ansi, SetLastError = true)]
    public static extern int Missing();
    [DllImport("libc", EntryPoint = "no_such_function_xyz", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int NoEntry();
    [DllImport("libc", EntryPoint = "close", CharSet = CharSet.Ansi, SetLastError = true)]
    public static extern int close(int fd);

    static int Main()
    {
        Console.WriteLine("abs: " + abs(-42));
        Console.WriteLine("strlen: " + StrLen("h\u00e9llo").ToInt64());
        Console.WriteLine("unicode strlen: " + UnicodeStrLen("ABC"));
        Console.WriteLine("atoi: " + atoi("  -314"));
        Console.WriteLine("cos(0): " + cos(0.0));
        Console.WriteLine("pow: " + pow(2.0, 12.0));
        StringBuilder sb = new StringBuilder(20);
        strcpy(sb, "from C");
        Console.WriteLine("strcpy: " + sb.ToString());
        Console.WriteLine("close(-1): " + close(-1) + " errno " + Marshal.GetLastWin32Error());
        try
        {
            Missing();
        }
        catch (DllNotFoundException e)
        {
            Console.WriteLine("caught " + e.GetType().Name);
        }
        try
        {
            NoEntry();
        }
        catch (EntryPointNotFoundException e)
        {
            Console.WriteLine("caught " + e.GetType().Name);
        }
        return abs(-5);
    }
}
