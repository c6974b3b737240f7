// A library compiled by csc-lite: an abstract base class and an interface that another
// assembly derives from and implements.
using System;

namespace Shapes
{
    public interface INamed { string Name { get; } }

    public abstract class Shape : INamed
    {
        public abstract double Area();
        public virtual string Name { get { return GetType().Name; } }
        public override string ToString() { return Name + " with area " + Area().ToString("F2"); }
    }

    public class Circle : Shape
    {
        readonly double r;
        public Circle(double r) { this.r = r; }
        public override double Area() { return Math.PI * r * r; }
    }
}
