// System.Lazy<T>: a value computed on first use (by its factory, or T's parameterless
// constructor), once; an exception from the factory is cached and rethrown.
using System.Threading;

namespace System.Threading
{
    public enum LazyThreadSafetyMode
    {
        None = 0,
        PublicationOnly = 1,
        ExecutionAndPublication = 2
    }
}

namespace System
{
    public class Lazy<T>
    {
        private Func<T> factory;
        private T value;
        private bool created;
        private Exception error;
        private bool running;

        public Lazy() : this((Func<T>)null, true) { }
        public Lazy(bool isThreadSafe) : this((Func<T>)null, isThreadSafe) { }
        public Lazy(Func<T> valueFactory) : this(valueFactory, true) { }
        public Lazy(LazyThreadSafetyMode mode) : this((Func<T>)null, true) { }
        public Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode) : this(valueFactory, true) { }

        public Lazy(Func<T> valueFactory, bool isThreadSafe)
        {
            factory = valueFactory;
        }

        public bool IsValueCreated { get { return created; } }

        public T Value
        {
            get
            {
                if (created) return value;
                if (error != null) throw error;
                if (running) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                running = true;
                try
                {
                    value = factory == null ? Activator.CreateInstance<T>() : factory();
                }
                catch (Exception e)
                {
                    if (factory != null) error = e;
                    throw;
                }
                finally
                {
                    running = false;
                }
                created = true;
                factory = null;
                return value;
            }
        }

        public override string ToString()
        {
            if (!created) return "Value is not created.";
            return value == null ? "" : value.ToString();
        }
    }
}
