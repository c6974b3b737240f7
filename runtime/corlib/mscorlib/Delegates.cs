// The delegate types of System, and the types the compilers need for delegate
// declarations (AsyncCallback, IAsyncResult). Construction and Invoke are provided by
// the runtime; multicast combination comes with part 2.

namespace System
{
    public interface IAsyncResult
    {
        bool IsCompleted { get; }
    }

    public delegate void AsyncCallback(IAsyncResult ar);

    public delegate void Action();
    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate int Comparison<in T>(T x, T y);
    public delegate bool Predicate<in T>(T obj);
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);

    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();
        public EventArgs() { }
    }

    public delegate void EventHandler(object sender, EventArgs e);
    public delegate void EventHandler<TEventArgs>(object sender, TEventArgs e);
}

namespace System.Threading
{
    // One thread runs managed code today, so these are plain reads and writes.
    public static class Interlocked
    {
        public static int CompareExchange(ref int location1, int value, int comparand)
        {
            int old = location1;
            if (old == comparand) location1 = value;
            return old;
        }

        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
        {
            T old = location1;
            if ((object)old == (object)comparand) location1 = value;
            return old;
        }

        public static int Exchange(ref int location1, int value) { int old = location1; location1 = value; return old; }
        public static int Increment(ref int location) { return ++location; }
        public static int Decrement(ref int location) { return --location; }
        public static long Increment(ref long location) { return ++location; }
        public static int Add(ref int location1, int value) { location1 += value; return location1; }
    }
}
