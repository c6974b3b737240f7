// test: mono-run
using System;

abstract class Rule
{
    public abstract string Name { get; }
    public abstract bool Check(string input);
}

class NotEmpty : Rule
{
    public override string Name { get { return "not-empty"; } }
    public override bool Check(string input) { return input.Length > 0; }
}

class MaxLength : Rule
{
    private readonly int max;
    public MaxLength(int max) { this.max = max; }
    public override string Name { get { return "max-" + max; } }
    public override bool Check(string input) { return input.Length <= max; }
}

class Program
{
    static int Main()
    {
        Rule[] rules = { new NotEmpty(), new MaxLength(5) };
        string[] inputs = { "ok", "", "way too long" };
        int failures = 0;
        foreach (string input in inputs)
        {
            foreach (Rule r in rules)
            {
                if (!r.Check(input))
                {
                    Console.WriteLine("'" + input + "' fails " + r.Name);
                    failures++;
                }
            }
        }
        Console.WriteLine(failures + " failures");
        return failures == 0 ? 0 : 10 + failures;
    }
}
