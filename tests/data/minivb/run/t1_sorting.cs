using System;

static class Sorting
{
    static void QuickSort(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int pivot = a[(lo + hi) / 2];
        int i = lo, j = hi;
        while (i <= j)
        {
            while (a[i] < pivot) i += 1;
            while (a[j] > pivot) j -= 1;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i += 1; j -= 1; }
        }
        QuickSort(a, lo, j);
        QuickSort(a, i, hi);
    }

    static int[] MergeSort(int[] a)
    {
        if (a.Length <= 1) return a;
        int mid = a.Length / 2;
        int[] left = new int[mid];
        int[] right = new int[a.Length - mid];
        Array.Copy(a, 0, left, 0, mid);
        Array.Copy(a, mid, right, 0, a.Length - mid);
        left = MergeSort(left);
        right = MergeSort(right);
        int[] result = new int[a.Length];
        int li = 0, ri = 0, k = 0;
        while (li < left.Length && ri < right.Length)
        {
            if (left[li] <= right[ri]) { result[k] = left[li]; li += 1; }
            else { result[k] = right[ri]; ri += 1; }
            k += 1;
        }
        while (li < left.Length) { result[k] = left[li]; li += 1; k += 1; }
        while (ri < right.Length) { result[k] = right[ri]; ri += 1; k += 1; }
        return result;
    }

    static string Show(int[] a) { return string.Join(" ", a); }

    static void Main()
    {
        int[] data = { 38, 27, 43, 3, 9, 82, 10, 3, -5, 0 };
        var copy1 = (int[])data.Clone();
        QuickSort(copy1, 0, copy1.Length - 1);
        Console.WriteLine(Show(copy1));
        Console.WriteLine(Show(MergeSort(data)));
        Console.WriteLine(Show(data));
        int seed = 12345;
        int[] big = new int[200];
        for (int i = 0; i <= big.Length - 1; i++) { seed = (seed * 1103 + 12345) % 65536; big[i] = seed % 1000; }
        QuickSort(big, 0, big.Length - 1);
        bool ok = true;
        for (int i = 1; i <= big.Length - 1; i++) if (big[i - 1] > big[i]) ok = false;
        Console.WriteLine((ok ? "True" : "False") + " " + big[0] + " " + big[199]);
    }
}
