// test: mono-run
using System;

class Program
{
    static void Main()
    {
        byte b1 = 200, b2 = 100;
        int sum = b1 + b2;
        Console.WriteLine(sum);
        byte wrapped = (byte)(b1 + b2);
        Console.WriteLine(wrapped);
        b1 += 100;
        Console.WriteLine(b1);
        sbyte s1 = 100;
        s1 += 100;
        Console.WriteLine(s1);
        sbyte s2 = -128;
        s2--;
        Console.WriteLine(s2);
        short sh = 32767;
        sh++;
        Console.WriteLine(sh);
        short sh2 = -300;
        Console.WriteLine(sh2 * sh2);
        ushort u1 = 1;
        ushort u2 = 2;
        int diff = u1 - u2;
        Console.WriteLine(diff);
        Console.WriteLine((ushort)(u1 - u2));
        byte[] data = { 1, 2, 3, 250 };
        int total = 0;
        foreach (byte d in data) total += d;
        Console.WriteLine(total);
        byte shifted = (byte)(data[3] << 1);
        Console.WriteLine(shifted);
        sbyte neg = -1;
        Console.WriteLine((byte)neg);
        Console.WriteLine(neg >> 1);
    }
}
