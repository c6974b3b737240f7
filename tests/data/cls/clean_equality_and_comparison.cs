// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public sealed class Version2 : IComparable<Version2>, IEquatable<Version2> {
        public int Major { get; private set; }
        public int Minor { get; private set; }
        public Version2(int major, int minor) { Major = major; Minor = minor; }
        public int CompareTo(Version2 other) { return Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor); }
        public bool Equals(Version2 other) { return other != null && CompareTo(other) == 0; }
        public override bool Equals(object obj) { return Equals(obj as Version2); }
        public override int GetHashCode() { return Major * 397 ^ Minor; }
        public static bool operator <(Version2 a, Version2 b) { return a.CompareTo(b) < 0; }
        public static bool operator >(Version2 a, Version2 b) { return a.CompareTo(b) > 0; }
    }
}
