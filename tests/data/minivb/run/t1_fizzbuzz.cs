using System;

static class FizzBuzz
{
    static void Main()
    {
        for (int i = 1; i <= 20; i++)
        {
            string s = "";
            if (i % 3 == 0) s += "Fizz";
            if (i % 5 == 0) s += "Buzz";
            if (s.Length == 0) s = i.ToString();
            Console.WriteLine(s);
        }
    }
}
