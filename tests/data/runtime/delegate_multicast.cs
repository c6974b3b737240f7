// test: mono-run
using System;
delegate void Notify(string s);
class Counter {
    public int Count;
    public void Hit(string s) { Count++; Console.WriteLine("hit " + s + " " + Count); }
}
class Program {
    static void Shout(string s) { Console.WriteLine(s.ToUpper()); }
    static void Main() {
        var c = new Counter();
        Notify n = Shout;
        n += c.Hit;
        n += new Notify(c.Hit);
        n("a");
        n -= c.Hit;
        n("b");
        Func<int, int, int> add = (x, y) => x + y;
        Console.WriteLine(add(2, 3));
        Action a = null;
        Console.WriteLine(a == null);
    }
}
