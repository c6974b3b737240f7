using System;
using System.Runtime.InteropServices;
using System.Text;

class Program
{
    // wchar_t is 4 bytes on Linux: a UTF-16 copy of "ab" reads as one wide unit
    // (0x00620061), so wcslen counts pairs of UTF-16 units up to the terminator.
    [DllImport("libc", CharSet = CharSet.Unicode)]
    static extern int wcslen(string s);

    // strlen over a UTF-16 copy stops at the first zero byte: the high byte of 'A'.
    [DllImport("libc", EntryPoint = "strlen", CharSet = CharSet.Unicode)]
    static extern int UnicodeStrLen(string s);

    [DllImport("libc", EntryPoint = "strlen", CharSet = CharSet.Ansi)]
    static extern int AnsiLen(string s);

    [DllImport("libc", EntryPoint = "strlen")]
    static extern int NoneLen(string s);

    [DllImport("libc", EntryPoint = "atoi", CharSet = CharSet.Auto)]
    static extern int AutoAtoi(string s);

    // memcpy into a byte[] shows the exact bytes a string is marshaled as.
    [DllImport("libc", EntryPoint = "memcpy", CharSet = CharSet.Unicode)]
    static extern IntPtr CopyUnicode(byte[] dst, string src, IntPtr n);

    [DllImport("libc", EntryPoint = "memcpy", CharSet = CharSet.Ansi)]
    static extern IntPtr CopyAnsi(byte[] dst, string src, IntPtr n);

    [DllImport("libc", EntryPoint = "strcpy")]
    static extern IntPtr StrCpy(StringBuilder dst, string src);

    [DllImport("libc", EntryPoint = "strcat")]
    static extern IntPtr StrCat(StringBuilder dst, string src);

    [DllImport("libc", EntryPoint = "wcscpy", CharSet = CharSet.Unicode)]
    static extern IntPtr WcsCpy(StringBuilder dst, int[] src);

    [DllImport("libc")]
    static extern IntPtr getenv(string name);

    [DllImport("libc")]
    static extern int memcmp(byte[] a, byte[] b, IntPtr n);

    static string Hex(byte[] b)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.Length; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(b[i].ToString("x2"));
        }
        return sb.ToString();
    }

    static void Main()
    {
        Console.WriteLine("wcslen empty: " + wcslen(""));
        Console.WriteLine("wcslen ab: " + wcslen("ab\0"));
        Console.WriteLine("wcslen abcd: " + wcslen("abcd\0"));
        Console.WriteLine("unicode strlen: " + UnicodeStrLen("ABC"));
        Console.WriteLine("ansi: " + AnsiLen("abcdef"));
        Console.WriteLine("none: " + NoneLen("abc"));
        Console.WriteLine("auto atoi: " + AutoAtoi("77"));
        byte[] buf = new byte[8];
        CopyUnicode(buf, "h\u00e9!", new IntPtr(8));
        Console.WriteLine("utf-16 bytes: " + Hex(buf));
        buf = new byte[6];
        CopyAnsi(buf, "h\u00e9!", new IntPtr(5));
        Console.WriteLine("ansi bytes: " + Hex(buf));
        StringBuilder sb = new StringBuilder(32);
        StrCpy(sb, "native");
        Console.WriteLine("strcpy: " + sb.ToString() + " (" + sb.Length + ")");
        StrCat(sb, " text");
        Console.WriteLine("strcat: " + sb.ToString() + " (" + sb.Length + ")");
        StringBuilder w = new StringBuilder(16);
        WcsCpy(w, new int[] { 0x00690048, 0x00000021 });
        Console.WriteLine("wcscpy as UTF-16: " + w.ToString());
        IntPtr missing = getenv("CLR_LITE_SURELY_UNSET_VARIABLE");
        Console.WriteLine("getenv unset: " + (missing == IntPtr.Zero));
        Console.WriteLine("memcmp: " + memcmp(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 }, new IntPtr(3)) + " " + (memcmp(new byte[] { 1, 2, 4 }, new byte[] { 1, 2, 3 }, new IntPtr(3)) > 0));
        IntPtr p = Marshal.StringToHGlobalAnsi("r\u00f6und");
        Console.WriteLine("native length: " + AnsiLenPtr(p) + ", back: " + Marshal.PtrToStringAnsi(p));
        Marshal.WriteByte(p, 0, (byte)'R');
        Console.WriteLine("after WriteByte: " + Marshal.PtrToStringAnsi(p) + " first byte " + Marshal.ReadByte(p));
        Marshal.FreeHGlobal(p);
        IntPtr q = Marshal.AllocHGlobal(8);
        Marshal.WriteInt32(q, 0, 0x01020304);
        Marshal.WriteInt32(q, 4, -7);
        Console.WriteLine("ints: " + Marshal.ReadInt32(q) + " " + Marshal.ReadInt32(q, 4) + " low byte " + Marshal.ReadByte(q, 0));
        Marshal.FreeHGlobal(q);
    }

    [DllImport("libc", EntryPoint = "strlen")]
    static extern int AnsiLenPtr(IntPtr p);
}
