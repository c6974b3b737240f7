// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public interface IStore { [CLSCompliant(false)] void Put(uint key); int Count { get; } }
    public abstract class Shape { [CLSCompliant(false)] public abstract void Scale(uint factor); public abstract double Area(); }
}
