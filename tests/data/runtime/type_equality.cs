// test: mono-run
// Type objects compare by the type they stand for: `typeof` and `GetType()` make a
// fresh object each time on clr-lite, and mcs calls Type.op_Equality for `==`.
using System;
using System.Collections.Generic;

class Animal { }
class Dog : Animal { }

static class Kinds<T> {
    public static string Of() {
        if (typeof(T) == typeof(string)) return "string";
        if (typeof(T) == typeof(int)) return "int";
        if (typeof(T) != typeof(Animal)) return "other";
        return "animal";
    }
}

class Program {
    static void Main() {
        Animal a = new Dog();
        Console.WriteLine(a.GetType() == typeof(Dog));
        Console.WriteLine(a.GetType() == typeof(Animal));
        Console.WriteLine(a.GetType() != typeof(Animal));
        Console.WriteLine(typeof(string).Equals(typeof(string)));
        Console.WriteLine(typeof(string).Equals((object)"not a type"));
        Type none = null;
        Console.WriteLine(none == null);
        Console.WriteLine(none == typeof(int));
        Console.WriteLine(Kinds<string>.Of() + " " + Kinds<int>.Of() + " " + Kinds<Animal>.Of() + " " + Kinds<Dog>.Of());
        var seen = new Dictionary<Type, int>();
        object[] things = { 1, "x", new Dog(), 2, "y", 3.5, new Dog() };
        foreach (object o in things) {
            int n;
            seen.TryGetValue(o.GetType(), out n);
            seen[o.GetType()] = n + 1;
        }
        Console.WriteLine(seen.Count + " " + seen[typeof(int)] + " " + seen[typeof(string)] + " " + seen[typeof(Dog)]);
        var words = new Dictionary<string, int>();
        foreach (string w in "b a b c b a".Split(' ')) {
            int n;
            words.TryGetValue(w, out n);
            words[w] = n + 1;
        }
        Console.WriteLine(words["a"] + " " + words["b"] + " " + words["c"] + " " + words.ContainsKey("d"));
        Console.WriteLine(EqualityComparer<string>.Default.Equals("ab", "a" + "b"));
        Console.WriteLine(EqualityComparer<string>.Default.GetHashCode(null));
        Console.WriteLine(string.Join("|", "a,,b,".Split(',')));
    }
}
