using System;
using System.Collections.Generic;

public interface ICommand { void Execute(); void Undo(); string Name { get; } }

public class Editor { public string Text = ""; }

public class InsertCommand : ICommand
{
    private readonly Editor editor;
    private readonly string piece;
    public InsertCommand(Editor editor, string piece) { this.editor = editor; this.piece = piece; }
    public void Execute() { editor.Text += piece; }
    public void Undo() { editor.Text = editor.Text.Substring(0, editor.Text.Length - piece.Length); }
    public string Name { get { return "insert '" + piece + "'"; } }
}

public class UpperCommand : ICommand
{
    private readonly Editor editor;
    private string before;
    public UpperCommand(Editor editor) { this.editor = editor; }
    public void Execute() { before = editor.Text; editor.Text = editor.Text.ToUpper(); }
    public void Undo() { editor.Text = before; }
    public string Name { get { return "upper"; } }
}

static class Program
{
    static void Main()
    {
        var ed = new Editor();
        var history = new Stack<ICommand>();
        Action<ICommand> run = c => { c.Execute(); history.Push(c); Console.WriteLine(c.Name.PadRight(14) + "-> \"" + ed.Text + "\""); };
        run(new InsertCommand(ed, "hello"));
        run(new InsertCommand(ed, " world"));
        run(new UpperCommand(ed));
        while (history.Count > 0) { var c = history.Pop(); c.Undo(); Console.WriteLine("undo " + c.Name.PadRight(9) + "-> \"" + ed.Text + "\""); }
    }
}
