// Delegates over static, instance and virtual methods, lambdas with closures,
// multicast combination and removal, events, and generic delegate types.
using System;
using System.Collections.Generic;

delegate int BinOp(int a, int b);

class Animal
{
    public virtual string Speak() { return "..."; }
}

class Dog : Animal
{
    public override string Speak() { return "woof"; }
}

class Button
{
    public event EventHandler Clicked;
    public event Action<string> Said;
    public void Click() { if (Clicked != null) Clicked(this, EventArgs.Empty); }
    public void Say(string s) { Action<string> h = Said; if (h != null) h(s); }
}

class Program
{
    static int Add(int a, int b) { return a + b; }
    static int Mul(int a, int b) { return a * b; }
    int bias = 100;
    int Biased(int a, int b) { return a + b + bias; }

    static Func<int> Counter()
    {
        int n = 0;
        return () => ++n;
    }

    static void Main()
    {
        BinOp op = Add;
        Console.WriteLine(op(2, 3));
        op = Mul;
        Console.WriteLine(op(2, 3));
        op = new Program().Biased;
        Console.WriteLine(op(2, 3));
        Animal a = new Dog();
        Func<string> speak = a.Speak;
        Console.WriteLine(speak());
        Func<int> c1 = Counter(), c2 = Counter();
        c1(); c1();
        Console.WriteLine(c1() + " " + c2());
        int total = 0;
        Action<int> acc = x => total += x;
        acc += x => total += 10 * x;
        acc(2);
        Console.WriteLine(total);
        List<int> nums = new List<int>();
        for (int i = 0; i < 10; i++) nums.Add(i);
        List<int> evens = nums.FindAll(x => x % 2 == 0);
        Console.WriteLine(evens.Count + " " + nums.Find(x => x > 6) + " " + nums.Exists(x => x > 20));
        nums.Sort((x, y) => y.CompareTo(x));
        Console.WriteLine(nums[0] + " " + nums[9]);
        Button b = new Button();
        int clicks = 0;
        EventHandler h = (s, e) => clicks++;
        b.Clicked += h;
        b.Clicked += (s, e) => Console.WriteLine("clicked by " + s.GetType().Name);
        b.Click();
        b.Clicked -= h;
        b.Click();
        Console.WriteLine(clicks);
        b.Said += s => Console.WriteLine("said " + s);
        b.Say("hi");
        Action none = null;
        Console.WriteLine(none == null);
        Func<int, int, int> f = Add;
        Func<int, int, int> g = Add;
        Console.WriteLine(f.Equals(g) + " " + (f.Target == null));
    }
}
