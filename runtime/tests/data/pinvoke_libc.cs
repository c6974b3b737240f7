using System;
using System.Runtime.InteropServices;

static class Native
{
    [DllImport("libc", EntryPoint = "strlen")]
    public static extern IntPtr StrLen(string s);

    [DllImport("libc")]
    public static extern int abs(int x);

    [DllImport("libc")]
    public static extern long labs(long x);

    [DllImport("libc")]
    public static extern int atoi(string s);

    [DllImport("libc.so.6")]
    public static extern int getpid();

    [DllImport("libc", CharSet = CharSet.Ansi)]
    public static extern int strcmp(string a, string b);

    [DllImport("libc")]
    public static extern int toupper(int c);

    [DllImport("libc")]
    public static extern int isdigit(int c);

    [DllImport("libc")]
    public static extern double strtod(string s, IntPtr end);

    [DllImport("libc")]
    public static extern IntPtr malloc(IntPtr size);

    [DllImport("libc")]
    public static extern void free(IntPtr p);

    [DllImport("libc")]
    public static extern IntPtr memset(IntPtr p, int c, IntPtr n);

    // bool crosses as a 4-byte int. (isalpha returns 1024 for true: Mono keeps that
    // raw value in the bool and prints False; clr-lite normalizes a non-zero BOOL to
    // true as .NET does, so only 0 and 1 are compared here.)
    [DllImport("libc", EntryPoint = "abs")]
    public static extern bool AbsAsBool(int x);

    [DllImport("libc", EntryPoint = "abs")]
    public static extern int AbsOfBool(bool b);

    [DllImport("libc")]
    public static extern uint htonl(uint x);

    [DllImport("libc")]
    public static extern ushort htons(ushort x);
}

class Program
{
    static int Main()
    {
        Console.WriteLine("strlen: " + Native.StrLen("hello, world").ToInt64());
        Console.WriteLine("strlen empty: " + Native.StrLen("").ToInt64());
        Console.WriteLine("strlen utf8: " + Native.StrLen("h\u00e9llo").ToInt64());
        Console.WriteLine("abs: " + Native.abs(-42) + " " + Native.abs(7));
        Console.WriteLine("labs: " + Native.labs(-5000000000L));
        Console.WriteLine("atoi: " + Native.atoi("  1234xyz") + " " + Native.atoi("-17"));
        int pid = Native.getpid();
        Console.WriteLine("getpid positive: " + (pid > 0));
        Console.WriteLine("strcmp: " + Math.Sign(Native.strcmp("abc", "abd")) + " " + Native.strcmp("same", "same") + " " + Math.Sign(Native.strcmp("b", "a")));
        Console.WriteLine("toupper: " + (char)Native.toupper('q'));
        Console.WriteLine("isdigit: " + (Native.isdigit('7') != 0) + " " + (Native.isdigit('x') != 0));
        Console.WriteLine("strtod: " + Native.strtod("2.5e3", IntPtr.Zero));
        IntPtr p = Native.malloc(new IntPtr(16));
        Console.WriteLine("malloc non-null: " + (p != IntPtr.Zero));
        IntPtr q = Native.memset(p, 0, new IntPtr(16));
        Console.WriteLine("memset returns dest: " + (p == q));
        Native.free(p);
        Console.WriteLine("bool result: " + Native.AbsAsBool(-1) + " " + Native.AbsAsBool(0));
        Console.WriteLine("bool argument: " + Native.AbsOfBool(true) + " " + Native.AbsOfBool(false));
        Console.WriteLine("htonl: " + Native.htonl(1u));
        Console.WriteLine("htons: " + Native.htons((ushort)0x1234));
        int total = 0;
        for (int i = 0; i < 1000; i++) total += Native.abs(-i);
        Console.WriteLine("loop: " + total);
        return Native.abs(-3);
    }
}
