// test: cls
using System;
using System.Collections.Generic;
[assembly: CLSCompliant(true)]
namespace Lib {
    public interface IProducer<out T> { T Produce(); }
    public interface IConsumer<in T> { void Consume(T item); }
    public class Pipe<T> : IProducer<T>, IConsumer<T> where T : class {
        T last;
        public T Produce() { return last; }
        public void Consume(T item) { last = item; }
        public static Pipe<T> Create() { return new Pipe<T>(); }
    }
    public static class PipeExtensions { public static int Drain<T>(IEnumerable<T> items) where T : struct { return 0; } }
}
