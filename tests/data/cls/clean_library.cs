// test: cls
using System;
using System.Collections.Generic;
[assembly: CLSCompliant(true)]
namespace Lib {
    public interface IShape { double Area { get; } string Name { get; } }
    public abstract class Shape : IShape {
        public abstract double Area { get; }
        public virtual string Name { get { return GetType().Name; } }
        public override string ToString() { return Name; }
    }
    public sealed class Circle : Shape {
        readonly double r;
        public Circle(double r) { this.r = r; }
        public override double Area { get { return Math.PI * r * r; } }
    }
    public class Registry<T> where T : IShape {
        readonly List<T> items = new List<T>();
        public void Add(T item) { items.Add(item); }
        public IEnumerable<T> All() { return items; }
        public event EventHandler Changed;
        protected virtual void OnChanged() { if (Changed != null) Changed(this, EventArgs.Empty); }
    }
    public enum Kind { Round, Square }
    [Flags] public enum Options : long { None = 0, Fast = 1, Safe = 2 }
    public struct Point { public int X, Y; public static Point operator +(Point a, Point b) { Point p; p.X = a.X + b.X; p.Y = a.Y + b.Y; return p; } }
}
