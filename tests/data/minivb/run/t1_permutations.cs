using System;
using System.Collections.Generic;

static class Permutations
{
    static void Permute(string prefix, string rest, List<string> results)
    {
        if (rest.Length == 0) { results.Add(prefix); return; }
        for (int i = 0; i <= rest.Length - 1; i++) Permute(prefix + rest[i], rest.Substring(0, i) + rest.Substring(i + 1), results);
    }

    static int BinarySearch(int[] a, int target)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (a[mid] == target) return mid;
            else if (a[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -(lo + 1);
    }

    static void Main()
    {
        var results = new List<string>();
        Permute("", "abcd", results);
        Console.WriteLine(results.Count);
        Console.WriteLine(string.Join(" ", results.GetRange(0, 6)));
        int[] sorted = { 1, 3, 5, 7, 9, 11, 13 };
        foreach (var t in new int[] { 7, 1, 13, 4, 20 }) Console.Write(BinarySearch(sorted, t) + " ");
        Console.WriteLine();
    }
}
