// test: mono-run
using System;

interface IFly { }
class Bird : IFly { }
class Stone { }

class Program
{
    static void Try(string label, Func<object> f)
    {
        try
        {
            object r = f();
            Console.WriteLine(label + ": ok " + r);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name);
        }
    }

    static void Main()
    {
        object s = "text";
        object i = 42;
        object stone = new Stone();
        Try("string as int", () => (int)s);
        Try("int as long", () => (long)i);
        Try("int as int", () => (int)i);
        Try("int as double", () => (double)i);
        Try("object as string", () => (string)i);
        Try("stone as IFly", () => (IFly)stone);
        Try("bird as IFly", () => (IFly)new Bird());
        Try("stone as Bird", () => (Bird)stone);
        Try("int as enum-compatible", () => (DayOfWeekLike)i);
        Try("boxed enum as int", () => (int)(object)DayOfWeekLike.Tue);
        Try("array covariance", () => (object[])new string[] { "a" });
        Try("int[] as object[]", () => (object[])(object)new int[1]);
        Try("as never throws", () => stone as Bird == null);
    }
}

enum DayOfWeekLike { Mon, Tue }
