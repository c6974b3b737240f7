// P/Invoke support: System.Runtime.InteropServices.Marshal (the last error and native
// memory, over internal calls in runtime/src/interop/pinvoke), the enums DllImport
// takes, and the exceptions a failed import raises.

namespace System.Runtime.InteropServices
{
    public enum CharSet { None = 1, Ansi = 2, Unicode = 3, Auto = 4 }

    public enum CallingConvention { Winapi = 1, Cdecl = 2, StdCall = 3, ThisCall = 4, FastCall = 5 }

    public static class Marshal
    {
        public static readonly int SystemDefaultCharSize = 2;

        public static int GetLastWin32Error() { return RuntimeImports.GetLastWin32Error(); }
        public static int GetLastPInvokeError() { return RuntimeImports.GetLastWin32Error(); }

        public static IntPtr AllocHGlobal(int cb) { return RuntimeImports.NativeAlloc(cb); }
        public static IntPtr AllocHGlobal(IntPtr cb) { return RuntimeImports.NativeAlloc(cb.ToInt64()); }
        public static void FreeHGlobal(IntPtr hglobal) { RuntimeImports.NativeFree(hglobal); }

        public static byte ReadByte(IntPtr ptr) { return (byte)RuntimeImports.NativeReadByte(ptr, 0); }
        public static byte ReadByte(IntPtr ptr, int ofs) { return (byte)RuntimeImports.NativeReadByte(ptr, ofs); }
        public static void WriteByte(IntPtr ptr, byte val) { RuntimeImports.NativeWriteByte(ptr, 0, val); }
        public static void WriteByte(IntPtr ptr, int ofs, byte val) { RuntimeImports.NativeWriteByte(ptr, ofs, val); }
        public static int ReadInt32(IntPtr ptr) { return RuntimeImports.NativeReadInt32(ptr, 0); }
        public static int ReadInt32(IntPtr ptr, int ofs) { return RuntimeImports.NativeReadInt32(ptr, ofs); }
        public static void WriteInt32(IntPtr ptr, int val) { RuntimeImports.NativeWriteInt32(ptr, 0, val); }
        public static void WriteInt32(IntPtr ptr, int ofs, int val) { RuntimeImports.NativeWriteInt32(ptr, ofs, val); }

        public static string PtrToStringAnsi(IntPtr ptr) { return RuntimeImports.NativeToString(ptr, false); }
        public static string PtrToStringUTF8(IntPtr ptr) { return RuntimeImports.NativeToString(ptr, false); }
        public static string PtrToStringUni(IntPtr ptr) { return RuntimeImports.NativeToString(ptr, true); }
        public static IntPtr StringToHGlobalAnsi(string s) { return RuntimeImports.StringToNative(s, false); }
        public static IntPtr StringToHGlobalUni(string s) { return RuntimeImports.StringToNative(s, true); }
    }

    public class MarshalDirectiveException : SystemException
    {
        public MarshalDirectiveException() : base("Marshaling directives are invalid.") { }
        public MarshalDirectiveException(string message) : base(message) { }
    }
}

namespace System
{
    public class DllNotFoundException : TypeLoadException
    {
        public DllNotFoundException() : base("Dll was not found.") { }
        public DllNotFoundException(string message) : base(message) { }
    }

    public class EntryPointNotFoundException : TypeLoadException
    {
        public EntryPointNotFoundException() : base("Entry point was not found.") { }
        public EntryPointNotFoundException(string message) : base(message) { }
    }
}
