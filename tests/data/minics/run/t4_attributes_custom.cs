// test: mono-run
using System;

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
class NoteAttribute : Attribute
{
    public string Text { get; }
    public int Priority { get; set; }
    public NoteAttribute(string text) { Text = text; }
}

[AttributeUsage(AttributeTargets.Field)]
sealed class RangeAttribute : Attribute
{
    public readonly int Min, Max;
    public RangeAttribute(int min, int max) { Min = min; Max = max; }
}

[Note("a plain class")]
[Note("second note", Priority = 2)]
class Settings
{
    [Range(0, 10)]
    public int Volume = 5;

    [Note("method note")]
    public string Describe() { return "volume " + Volume; }
}

[Serializable]
class Record
{
    public string Name = "rec";
}

class Program
{
    static void Main()
    {
        Settings s = new Settings();
        Console.WriteLine(s.Describe());
        NoteAttribute n = new NoteAttribute("made directly") { Priority = 7 };
        Console.WriteLine(n.Text + " " + n.Priority);
        RangeAttribute r = new RangeAttribute(1, 9);
        Console.WriteLine(r.Min + ".." + r.Max);
        Console.WriteLine(n is Attribute);
        Console.WriteLine(new Record().Name);
    }
}
