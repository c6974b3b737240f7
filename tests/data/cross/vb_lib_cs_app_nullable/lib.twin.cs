using System;

public static class Lookup
{
    public static int? FindIndex(string[] items, string target) { for (int i = 0; i < items.Length; i++) if (items[i] == target) return i; return null; }
    public static int? AddOptional(int? a, int? b) { return a + b; }
    public static double OrZero(double? x) { return x ?? 0.0; }
}
