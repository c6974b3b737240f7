using System;

static class Words
{
    private static readonly string[] Ones = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
    private static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    static string Say(int n)
    {
        if (n < 0) return "minus " + Say(-n);
        if (n < 20) return Ones[n];
        if (n < 100) return Tens[n / 10] + (n % 10 == 0 ? "" : "-" + Ones[n % 10]);
        if (n < 1000) return Ones[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + Say(n % 100));
        if (n < 1000000) return Say(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + Say(n % 1000));
        return "a lot";
    }

    static void Main()
    {
        foreach (var n in new int[] { 0, 7, 13, 20, 42, 99, 100, 101, 342, 1000, 2024, 999999, -15, 5000000 }) Console.WriteLine(n + ": " + Say(n));
    }
}
