// test: mono-run
// args: -r:System.dll -r:System.Core.dll
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;

class Item
{
    public string Name;
    public int Rank;
    public Item(string name, int rank) { Name = name; Rank = rank; }
    public override string ToString() { return Name + ":" + Rank; }
}

class ByRank : IComparer<Item>
{
    public int Compare(Item a, Item b) { return a.Rank.CompareTo(b.Rank); }
}

static class Program
{
    static string Show<T>(IEnumerable<T> xs)
    {
        List<string> parts = new List<string>();
        foreach (T x in xs) parts.Add(x == null ? "null" : x.ToString());
        return "[" + string.Join(", ", parts.ToArray()) + "]";
    }

    static void Main()
    {
        Queue<int> q = new Queue<int>(new int[] { 1, 2, 3 });
        q.Enqueue(4);
        Console.WriteLine(q.Dequeue() + " " + q.Peek() + " " + q.Count + " " + q.Contains(4) + " " + Show(q));
        Stack<string> st = new Stack<string>();
        st.Push("a"); st.Push("b"); st.Push("c");
        Console.WriteLine(st.Pop() + " " + st.Peek() + " " + Show(st) + " " + Show(st.ToArray()));
        try { new Stack<int>().Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { new Queue<int>().Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        HashSet<string> hs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string w in "the The quick brown fox THE lazy dog".Split(' ')) hs.Add(w);
        hs.Remove("quick");
        hs.Add("end");
        Console.WriteLine(hs.Count + " " + Show(hs) + " " + hs.Contains("FOX"));
        HashSet<int> a = new HashSet<int>(new int[] { 1, 2, 3, 4 });
        HashSet<int> b = new HashSet<int>(new int[] { 3, 4, 5 });
        HashSet<int> u = new HashSet<int>(a); u.UnionWith(b);
        HashSet<int> i = new HashSet<int>(a); i.IntersectWith(b);
        HashSet<int> x = new HashSet<int>(a); x.ExceptWith(b);
        Console.WriteLine(Show(u) + Show(i) + Show(x) + " " + i.IsSubsetOf(a) + " " + a.Overlaps(b) + " " + a.SetEquals(b));

        SortedDictionary<string, int> sd = new SortedDictionary<string, int>();
        sd["pear"] = 3; sd["apple"] = 5; sd["fig"] = 1; sd["apple"] += 1;
        foreach (KeyValuePair<string, int> kv in sd) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine(Show(sd.Keys) + Show(sd.Values) + " " + sd.ContainsKey("fig") + " " + sd.Remove("fig") + " " + sd.Count);

        LinkedList<int> ll = new LinkedList<int>();
        ll.AddLast(2); ll.AddFirst(1); LinkedListNode<int> n3 = ll.AddLast(3); ll.AddBefore(n3, 25); ll.AddAfter(n3, 4);
        ll.Remove(2);
        Console.WriteLine(Show(ll) + " first " + ll.First.Value + " last " + ll.Last.Value + " " + (ll.Find(25).Next.Value) + " " + (ll.First.Previous == null));

        ArrayList al = new ArrayList();
        al.Add(3); al.Add("x"); al.Add(1.5); al.Insert(0, 'c'); al.Remove("x");
        Console.WriteLine(al.Count + " " + Show(al.ToArray()) + " " + al.IndexOf(1.5) + " " + al.Contains(3));
        ArrayList nums = new ArrayList(new int[] { 5, 3, 9, 1 });
        nums.Sort();
        Console.WriteLine(Show(nums.ToArray()));
        Hashtable ht = new Hashtable();
        ht["one"] = 1; ht.Add("two", 2);
        Console.WriteLine(ht.Count + " " + ht["two"] + " " + (ht["three"] == null) + " " + ht.ContainsKey("one") + " " + ht.ContainsValue(2));

        List<int> list = new List<int>(new int[] { 5, 1, 4, 1, 5, 9, 2, 6 });
        Console.WriteLine(Show(list.GetRange(2, 3)) + " " + list.LastIndexOf(5) + " " + list.IndexOf(1, 2) + " " + list.TrueForAll(delegate (int v) { return v > 0; }));
        Console.WriteLine(list.FindLast(delegate (int v) { return v < 5; }) + " " + list.FindLastIndex(delegate (int v) { return v == 1; }) + " " + Show(list.ConvertAll<string>(delegate (int v) { return "#" + v; })));
        list.InsertRange(1, new int[] { 7, 7 });
        list.RemoveRange(0, 2);
        list.Reverse(0, 3);
        Console.WriteLine(Show(list));
        list.Sort();
        Console.WriteLine(Show(list) + " " + list.BinarySearch(6) + " " + list.BinarySearch(3));
        ReadOnlyCollection<int> ro = list.AsReadOnly();
        Console.WriteLine(ro.Count + " " + ro[0] + " " + ro.Contains(9) + " " + ro.IndexOf(9));
        try { ((IList<int>)ro).Add(1); } catch (NotSupportedException e) { Console.WriteLine(e.Message); }

        // An unstable sort with many equal keys: the order must be .NET's introsort's.
        List<Item> items = new List<Item>();
        for (int k = 0; k < 40; k++) items.Add(new Item("i" + k, (k * 7) % 5));
        items.Sort(new ByRank());
        Console.WriteLine(Show(items));
        Item[] arr = items.ToArray();
        Array.Sort(arr, delegate (Item p, Item r) { return r.Rank - p.Rank; });
        Console.WriteLine(Show(arr));

        int[] ints = { 9, 3, 7, 3, 1 };
        Array.Sort(ints);
        Console.WriteLine(Show(ints) + " " + Array.BinarySearch(ints, 7) + " " + Array.IndexOf(ints, 3) + " " + Array.LastIndexOf(ints, 3) + " " + Array.Exists(ints, delegate (int v) { return v > 8; }));
        Console.WriteLine(Show(Array.FindAll(ints, delegate (int v) { return v % 3 == 0; })) + " " + Array.Find(ints, delegate (int v) { return v > 4; }) + " " + Array.FindIndex(ints, delegate (int v) { return v > 4; }));
        Array.Reverse(ints, 1, 3);
        Console.WriteLine(Show(ints) + " " + ints.GetValue(2) + " " + Array.IndexOf((Array)ints, 9));
        string[] names = { "b", "a", "c" };
        Array.Sort(names, 0, 2);
        Console.WriteLine(Show(names) + " " + Show(Array.ConvertAll<string, int>(names, delegate (string s) { return s[0]; })));
        foreach (object o in (IEnumerable)new int[] { 4, 5 }) Console.Write(o + ";");
        Console.WriteLine();
        Dictionary<string, int> d = new Dictionary<string, int>(StringComparer.Ordinal);
        d["k"] = 1;
        IDictionary<string, int> id = d;
        Console.WriteLine(id.Count + " " + id["k"] + " " + Show(id.Keys) + " " + d.Comparer.Equals("a", "a"));
    }
}
