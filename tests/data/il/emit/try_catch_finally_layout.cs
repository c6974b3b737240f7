// test: il Program.Run
using System;
class Program {
    static int Run(string s) {
        int result = 0;
        try {
            result = int.Parse(s);
        } catch (FormatException) {
            result = -1;
        } finally {
            Console.WriteLine("done");
        }
        return result;
    }
    static void Main() { Console.WriteLine(Run("12")); }
}
