// test: mono-run
using System;

class Registry
{
    public static int Size;

    static Registry()
    {
        Console.WriteLine("Registry static ctor runs");
        int zero = 0;
        Size = 10 / zero;
    }
}

class Program
{
    static void Main()
    {
        for (int i = 0; i < 2; i++)
        {
            try
            {
                Console.WriteLine(Registry.Size);
            }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("attempt " + i + ": " + e.GetType().Name + " <- " + e.InnerException.GetType().Name);
            }
        }
    }
}
