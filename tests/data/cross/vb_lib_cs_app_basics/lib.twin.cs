using System;
using System.Collections.Generic;

namespace Geometry
{
    public interface IShape { double Area(); string Name { get; } }

    public abstract class Shape : IShape
    {
        public abstract double Area();
        public virtual string Name { get { return "shape"; } }
        public override string ToString() { return Name + "[" + Area().ToString("F1") + "]"; }
    }

    public class Circle : Shape
    {
        public double Radius { get; set; }
        public Circle(double radius) { Radius = radius; }
        public override double Area() { return Math.PI * Radius * Radius; }
        public override string Name { get { return "circle"; } }
    }

    public static class Shapes
    {
        public static IShape Largest(IEnumerable<IShape> shapes)
        {
            IShape best = null;
            foreach (var s in shapes) if (best == null || s.Area() > best.Area()) best = s;
            return best;
        }
        public static double[] Scale(double[] values, Func<double, double> f)
        {
            var o = new double[values.Length];
            for (int i = 0; i < values.Length; i++) o[i] = f(values[i]);
            return o;
        }
        public static void Validate(double r) { if (r < 0) throw new ArgumentException("negative radius"); }
    }

    public class Registry<T>
    {
        private readonly Dictionary<string, T> items = new Dictionary<string, T>();
        public delegate void RegisteredEventHandler(string name);
        public event RegisteredEventHandler Registered;
        public void Add(string name, T item) { items[name] = item; if (Registered != null) Registered(name); }
        public T Find(string name) { T v; items.TryGetValue(name, out v); return v; }
        public int Count { get { return items.Count; } }
    }
}
