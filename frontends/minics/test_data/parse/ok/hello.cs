using System;

namespace Demo
{
    class Program
    {
        static void Main(string[] args)
        {
            int x = 1 + 2 * 3;
            Console.WriteLine("Hello {0}", x);
        }
    }
}
