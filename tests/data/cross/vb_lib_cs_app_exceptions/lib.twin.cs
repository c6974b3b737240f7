using System;

namespace Banking
{
    public class InsufficientFundsException : Exception
    {
        public int Shortfall { get; }
        public InsufficientFundsException(int shortfall) : base("short by " + shortfall) { Shortfall = shortfall; }
    }

    public class Account
    {
        private int _balance;
        public int Balance { get { return _balance; } }
        public void Deposit(int amount) { if (amount <= 0) throw new ArgumentOutOfRangeException("amount"); _balance += amount; }
        public void Withdraw(int amount) { if (amount > _balance) throw new InsufficientFundsException(amount - _balance); _balance -= amount; }
        public string TryRun(Action<Account> action)
        {
            try { action(this); return "ok"; }
            catch (InsufficientFundsException ex) when (ex.Shortfall < 100) { return "small shortfall " + ex.Shortfall; }
            catch (Exception ex) { return "failed: " + ex.GetType().Name; }
            finally { Console.WriteLine("balance now " + _balance); }
        }
        public static int Overflowing(int a, int b) { return checked(a * b); }
    }
}
