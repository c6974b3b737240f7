// test: mono-run
using System;

class Program
{
    static int Cost(string size)
    {
        int total = 0;
        switch (size)
        {
            case "large":
                total += 30;
                goto case "medium";
            case "medium":
                total += 20;
                goto case "small";
            case "small":
                total += 10;
                break;
            default:
                total = -1;
                break;
        }
        return total;
    }

    static void Verses(int n)
    {
        switch (n)
        {
            case 3:
                Console.Write("three ");
                goto case 2;
            case 2:
                Console.Write("two ");
                goto case 1;
            case 1:
                Console.Write("one ");
                goto default;
            default:
                Console.WriteLine("liftoff");
                break;
        }
    }

    static void Main()
    {
        Console.WriteLine(Cost("large"));
        Console.WriteLine(Cost("medium"));
        Console.WriteLine(Cost("small"));
        Console.WriteLine(Cost("tiny"));
        for (int i = 0; i <= 4; i++) Verses(i);
    }
}
