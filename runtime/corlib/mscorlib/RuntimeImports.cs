// Every internal call of corlib in one place: the runtime binds these by
// "RuntimeImports.Name" to functions written in Rust (runtime/src/interop/icalls).
using System.Runtime.CompilerServices;

namespace System
{
    internal static class RuntimeImports
    {
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool SameObject(object a, object b);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ObjectHashCode(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string TypeName(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string TypeNamespace(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string TypeFullName(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string StackTraceText(int[] methods, int count);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long EnumValue(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object CreateInstance(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool ParseUInt64(string s, out ulong result);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool IsIntegerSyntax(string s);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string HandleTypeFullName(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object Clone(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool ValueEquals(object a, object b);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ValueHashCode(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string EnumToString(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string HandleTypeName(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string HandleTypeNamespace(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr TypeHandleOf(object o);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string[] EnumNames(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern Array EnumValuesArray(IntPtr handle);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object EnumBox(IntPtr handle, long value);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool IsEnumHandle(IntPtr handle);

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FastAllocateString(int length);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern char StringCharAt(string s, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void StringSetChar(string s, int index, char c);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int StringLength(string s);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string StringConcat(string a, string b);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool StringEquals(string a, string b);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int StringCompareOrdinal(string a, string b);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string StringSubstring(string s, int start, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int StringIndexOf(string s, string value, int start);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int StringIndexOfChar(string s, char value, int start);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int StringLastIndexOf(string s, string value);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string StringReplace(string s, string oldValue, string newValue);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string StringToUpper(string s);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string StringToLower(string s);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int StringHashCode(string s);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string StringFromChars(char[] chars, int start, int length);

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FormatInt64(long value, string format, int size);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FormatUInt64(ulong value, string format, int size);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FormatDouble(double value, string format);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string FormatSingle(float value, string format);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool ParseInt64(string s, long min, long max, out long result);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool ParseDouble(string s, out double result);

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void ConsoleWrite(int stream, string s);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string ConsoleReadLine();

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void Exit(int code);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int TickCount();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GetExitCode();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void SetExitCode(int code);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long UtcNowTicks();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string[] CommandLineArgs();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void GCCollect();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long GCTotalMemory();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GCCollectionCount();

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void ArrayCopy(Array src, int srcIndex, Array dst, int dstIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ArrayLength(Array a);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ArrayRank(Array a);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int ArrayDimension(Array a, int dim);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void ArrayClear(Array a, int index, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern object ArrayGetValue(Array a, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern bool ArraySetValue(Array a, object value, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void InitializeArray(Array a, IntPtr fieldHandle);

        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long DoubleToInt64Bits(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Int64BitsToDouble(long l);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Sqrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Floor(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Ceiling(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Round(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Truncate(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Exp(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Log(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Log10(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Sin(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Cos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Tan(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Atan(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Asin(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern double Acos(double d);

        // P/Invoke and Marshal (runtime/src/interop/pinvoke).
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GetLastWin32Error();
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr NativeAlloc(long size);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void NativeFree(IntPtr p);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int NativeReadByte(IntPtr p, int ofs);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void NativeWriteByte(IntPtr p, int ofs, int value);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int NativeReadInt32(IntPtr p, int ofs);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void NativeWriteInt32(IntPtr p, int ofs, int value);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string NativeToString(IntPtr p, bool unicode);
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern IntPtr StringToNative(string s, bool unicode);
    }
}
