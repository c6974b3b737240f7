// GC stress: a long-lived tree, list and array of structs kept alive (and mutated) across
// hundreds of collections while about 10^8 short-lived objects (nodes, reference arrays,
// boxes, int arrays, strings) come and go. Everything long-lived is checked at the end.
// Argument: rounds of 600,000 allocations each (default 3).
using System;

class Node {
    public Node Left, Right;
    public int Value;
    public Node(Node left, Node right, int value) { Left = left; Right = right; Value = value; }
}

class Item {
    public string Label;
    public Item Next;
    public int[] Data;
}

struct Pair {
    public string Name;
    public int N;
}

static class GcStress {
    static Node Build(int depth, int v) {
        if (depth == 0) return new Node(null, null, v);
        return new Node(Build(depth - 1, 2 * v), Build(depth - 1, 2 * v + 1), v);
    }

    static long Sum(Node n) {
        long s = 0;
        while (n != null) {
            s += n.Value + Sum(n.Right);
            n = n.Left;
        }
        return s;
    }

    static int Count(Node n) { return n == null ? 0 : 1 + Count(n.Left) + Count(n.Right); }

    static void Main(string[] args) {
        int rounds = args.Length > 0 ? int.Parse(args[0]) : 3;
        long made = 0;
        Node tree = Build(18, 1);
        long treeSum = Sum(tree);
        made += Count(tree);
        Item list = null;
        for (int i = 0; i < 20000; i++) {
            Item it = new Item();
            it.Label = "item" + i;
            it.Data = new int[i % 8 + 1];
            it.Data[it.Data.Length - 1] = i;
            it.Next = list;
            list = it;
        }
        Pair[] pairs = new Pair[1000];
        for (int i = 0; i < pairs.Length; i++) { pairs[i].Name = "p" + i; pairs[i].N = i; }

        long checksum = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < 100000; i++) {
                Node t = new Node(new Node(null, null, i), new Node(null, null, -i), r);
                object[] arr = new object[4];
                arr[0] = t;
                arr[1] = i;
                int[] small = new int[3];
                small[2] = i & 7;
                arr[2] = small;
                arr[3] = t.Left;
                checksum += ((Node)arr[0]).Right.Value + (int)arr[1] + ((int[])arr[2])[2] + ((Node)arr[3]).Value;
                made += 6;
            }
            // Old objects now point at new ones: a fresh subtree under the long-lived tree
            // (same values as the one it replaces), a fresh label in the array of structs.
            Node parent = tree;
            for (int k = 0; k < 9; k++) parent = ((r >> k) & 1) == 0 ? parent.Left : parent.Right;
            parent.Right = Build(8, parent.Right.Value);
            made += 511;
            pairs[r % pairs.Length].Name = "r" + r;
        }

        Console.WriteLine("checksum " + checksum);
        Console.WriteLine("tree " + (Sum(tree) == treeSum) + " " + Count(tree));
        int n = 0;
        bool listOk = true;
        for (Item it = list; it != null; it = it.Next) {
            int i = 19999 - n;
            if (it.Label != "item" + i || it.Data[it.Data.Length - 1] != i) listOk = false;
            n++;
        }
        Console.WriteLine("list " + listOk + " " + n);
        int renamed = 0;
        for (int i = 0; i < pairs.Length; i++) {
            if (pairs[i].N != i) listOk = false;
            if (pairs[i].Name[0] == 'r') renamed++;
        }
        Console.WriteLine("pairs " + renamed);
        Console.WriteLine("objects " + made);
    }
}
