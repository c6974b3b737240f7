// test: mono-run
using System;

class Program
{
    static int[] arr = { 10, 20, 30 };
    static int index;

    static int NextIndex()
    {
        Console.WriteLine("index " + index);
        return index++;
    }

    static void Main()
    {
        int x = 10;
        x += 5; Console.WriteLine(x);
        x -= 3; Console.WriteLine(x);
        x *= 4; Console.WriteLine(x);
        x /= 5; Console.WriteLine(x);
        x %= 4; Console.WriteLine(x);
        x <<= 6; Console.WriteLine(x);
        x >>= 2; Console.WriteLine(x);
        x &= 12; Console.WriteLine(x);
        x |= 3; Console.WriteLine(x);
        x ^= 5; Console.WriteLine(x);
        int i = 5;
        int a = i++;
        int b = ++i;
        int c = i--;
        int d = --i;
        Console.WriteLine(a + " " + b + " " + c + " " + d + " " + i);
        int y = 3;
        y = y++ + ++y;
        Console.WriteLine(y);
        arr[NextIndex()] += 5;
        arr[NextIndex()]++;
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2]);
        string s = "a";
        s += "b";
        s += 1;
        s += 'c';
        Console.WriteLine(s);
        double dd = 1.5;
        dd *= 4;
        Console.WriteLine(dd);
        char ch = 'a';
        ch += (char)2;
        ch++;
        Console.WriteLine(ch);
    }
}
