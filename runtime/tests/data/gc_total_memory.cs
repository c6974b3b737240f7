// GC.Collect and GC.GetTotalMemory: garbage made by a returned call is reclaimed by a
// forced collection; what is still referenced is not.
using System;

class Blob {
    public int[] Data;
    public Blob Next;
}

static class GcTotalMemory {
    static Blob kept;

    static int MakeGarbage(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            Blob b = new Blob();
            b.Data = new int[100];
            b.Data[99] = i;
            sum += b.Data[99] & 1;
        }
        return sum;
    }

    static void Keep(int n) {
        for (int i = 0; i < n; i++) {
            Blob b = new Blob();
            b.Data = new int[100];
            b.Next = kept;
            kept = b;
        }
    }

    static void Main() {
        long start = GC.GetTotalMemory(true);
        Console.WriteLine(MakeGarbage(100000));
        long afterGarbage = GC.GetTotalMemory(true);
        Console.WriteLine("garbage reclaimed: " + (afterGarbage - start < 2000000));
        Keep(20000);
        long afterKeep = GC.GetTotalMemory(true);
        Console.WriteLine("kept counted: " + (afterKeep - start > 8000000));
        int n = 0;
        for (Blob b = kept; b != null; b = b.Next) n++;
        Console.WriteLine(n);
        Console.WriteLine("collections: " + (GC.CollectionCount(0) >= 3));
        GC.KeepAlive(kept);
        Console.WriteLine(GC.MaxGeneration >= 0);
    }
}
