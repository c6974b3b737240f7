// test: mono-run
using System;

class Account
{
    private int balance;
    public Func<int, bool> Withdrawer()
    {
        int withdrawals = 0;
        return amount =>
        {
            if (amount > balance) return false;
            balance -= amount;
            withdrawals++;
            Console.WriteLine("  withdrawal #" + withdrawals + " leaves " + balance);
            return true;
        };
    }
    public Action<int> Depositor() { return amount => balance += amount; }
}

class Program
{
    static void Main()
    {
        int outer = 1;
        Func<int, Func<int, int>> make = a =>
        {
            int middle = a * 10;
            return b =>
            {
                outer++;
                return outer + middle + b;
            };
        };
        Func<int, int> f = make(2);
        Console.WriteLine(f(3));
        Console.WriteLine(f(3));
        Console.WriteLine(outer);
        Func<int, int> g = make(5);
        Console.WriteLine(g(0));
        Account acc = new Account();
        Action<int> deposit = acc.Depositor();
        Func<int, bool> withdraw = acc.Withdrawer();
        deposit(100);
        Console.WriteLine(withdraw(30));
        Console.WriteLine(withdraw(80));
        Console.WriteLine(withdraw(70));
        Func<int, bool> other = acc.Withdrawer();
        deposit(5);
        Console.WriteLine(other(5));
    }
}
