// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public abstract class Vehicle { public abstract int Wheels { get; } public virtual string Describe() { return Wheels + " wheels"; } }
    public class Car : Vehicle { public override int Wheels { get { return 4; } } }
    public sealed class SportsCar : Car { public override string Describe() { return "fast " + base.Describe(); } }
    public interface IElectric { double Battery { get; } }
    public class Tesla : Car, IElectric, IComparable { public double Battery { get { return 1.0; } } public int CompareTo(object o) { return 0; } }
}
