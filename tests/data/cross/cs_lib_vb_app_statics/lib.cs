using System;

namespace Config
{
    public static class Settings
    {
        public const string Product = "Widget";
        public static readonly DateTimeKind Kind = DateTimeKind.Utc;
        public static int Loads;
        static Settings() { Loads = 1; Console.WriteLine("settings loaded"); }
        public static string Describe() { return Product + " v" + Version.Major + "." + Version.Minor; }

        public static class Version
        {
            public const int Major = 2;
            public static int Minor = 7;
        }

        public enum Mode { Off, Safe, Full }

        public static Mode Current = Mode.Safe;
    }

    public class Outer
    {
        public class Inner
        {
            public string Hello() { return "inner hello"; }
        }
    }
}
