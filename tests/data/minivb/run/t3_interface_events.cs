using System;

public interface INotify { event EventHandler Changed; void Touch(); }

public class Document : INotify
{
    public event EventHandler Changed;
    private readonly string title;
    private readonly Action<string> onSave;
    public Document(string title) { this.title = title; onSave = msg => Console.WriteLine(this.title + " saved: " + msg); }
    public void Touch() { if (Changed != null) Changed(this, EventArgs.Empty); }
    public void Save() { onSave("v" + Version()); }
    private int Version() { return title.Length; }
    public override string ToString() { return "Document(" + title + ")"; }
}

static class Program
{
    static void Main()
    {
        var d = new Document("notes");
        INotify n = d;
        int hits = 0;
        EventHandler handler = (sender, e) => { hits += 1; Console.WriteLine("changed " + sender.ToString()); };
        n.Changed += handler;
        n.Touch();
        d.Touch();
        n.Changed -= handler;
        d.Touch();
        Console.WriteLine(hits);
        d.Save();
        Func<int, int> fact = null;
        fact = k => k <= 1 ? 1 : k * fact(k - 1);
        Console.WriteLine(fact(6));
    }
}
