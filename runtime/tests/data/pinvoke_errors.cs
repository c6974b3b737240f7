using System;
using System.Runtime.InteropServices;

class Program
{
    [DllImport("libc", SetLastError = true)]
    static extern int close(int fd);

    [DllImport("libc.so.6", SetLastError = true, EntryPoint = "chdir")]
    static extern int ChDir(string path);

    [DllImport("libc", SetLastError = true)]
    static extern int abs(int x);

    [DllImport("no_such_library_xyz")]
    static extern int Missing(int x);

    [DllImport("libc", EntryPoint = "no_such_function_xyz")]
    static extern int NoEntry(int x);

    // Mono refuses to marshal `object` (MarshalDirectiveException at the call).
    [DllImport("libc", EntryPoint = "abs")]
    static extern int AbsOfObject(object o);

    static int Depth(int n)
    {
        if (n == 0) return Missing(1);
        return Depth(n - 1) + 1;
    }

    static void Main()
    {
        int r = close(-1);
        Console.WriteLine("close(-1) = " + r + ", errno = " + Marshal.GetLastWin32Error());
        r = ChDir("/no/such/directory/at/all");
        Console.WriteLine("chdir = " + r + ", errno = " + Marshal.GetLastWin32Error());
        r = close(-5);
        int e1 = Marshal.GetLastWin32Error();
        Console.WriteLine("errno kept across managed code: " + e1 + " " + Marshal.GetLastWin32Error());
        try
        {
            Missing(3);
            Console.WriteLine("not reached");
        }
        catch (DllNotFoundException e)
        {
            Console.WriteLine("caught " + e.GetType().FullName);
            Console.WriteLine("names the library: " + e.Message.Contains("no_such_library_xyz"));
            Console.WriteLine("is TypeLoadException: " + (e is TypeLoadException));
        }
        try
        {
            NoEntry(3);
            Console.WriteLine("not reached");
        }
        catch (EntryPointNotFoundException e)
        {
            Console.WriteLine("caught " + e.GetType().FullName);
            Console.WriteLine("names the entry point: " + e.Message.Contains("no_such_function_xyz"));
            Console.WriteLine("is TypeLoadException: " + (e is TypeLoadException));
        }
        for (int i = 0; i < 3; i++)
        {
            try
            {
                Depth(4);
            }
            catch (Exception e)
            {
                Console.WriteLine("again " + i + ": " + e.GetType().Name);
            }
            finally
            {
                Console.WriteLine("finally " + i);
            }
        }
        try
        {
            AbsOfObject(null);
            Console.WriteLine("not reached");
        }
        catch (MarshalDirectiveException e)
        {
            Console.WriteLine("caught " + e.GetType().FullName);
        }
        Console.WriteLine("abs still works: " + abs(-9));
        NoEntry(1);
    }
}
