// System.Diagnostics.Stopwatch over the wall clock (DateTime.UtcNow's 100-ns ticks, so
// Frequency is 10^7, as on Mono).
namespace System.Diagnostics
{
    public class Stopwatch
    {
        public static readonly long Frequency = 10000000;
        public static readonly bool IsHighResolution = true;

        private long elapsed;
        private long startedAt;
        private bool running;

        public Stopwatch() { }

        public static Stopwatch StartNew()
        {
            Stopwatch s = new Stopwatch();
            s.Start();
            return s;
        }

        public static long GetTimestamp() { return DateTime.UtcNow.Ticks; }

        public bool IsRunning { get { return running; } }

        public void Start()
        {
            if (running) return;
            startedAt = GetTimestamp();
            running = true;
        }

        public void Stop()
        {
            if (!running) return;
            elapsed += GetTimestamp() - startedAt;
            running = false;
            if (elapsed < 0) elapsed = 0;
        }

        public void Reset()
        {
            elapsed = 0;
            running = false;
            startedAt = 0;
        }

        public void Restart()
        {
            elapsed = 0;
            startedAt = GetTimestamp();
            running = true;
        }

        public long ElapsedTicks
        {
            get
            {
                long t = elapsed;
                if (running) t += GetTimestamp() - startedAt;
                return t;
            }
        }

        public TimeSpan Elapsed { get { return new TimeSpan(ElapsedTicks); } }
        public long ElapsedMilliseconds { get { return ElapsedTicks / TimeSpan.TicksPerMillisecond; } }
    }
}
