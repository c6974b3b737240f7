using System.Runtime.InteropServices;
class N { [DllImport("libc", EntryPoint = "puts")] static extern int Puts(string s); }
