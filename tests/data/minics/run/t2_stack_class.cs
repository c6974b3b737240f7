// test: mono-run
using System;

class IntStack
{
    private int[] items = new int[2];
    private int size;

    public int Count { get { return size; } }
    public bool IsEmpty { get { return size == 0; } }

    public void Push(int v)
    {
        if (size == items.Length)
        {
            int[] bigger = new int[items.Length * 2];
            for (int i = 0; i < size; i++) bigger[i] = items[i];
            items = bigger;
            Console.WriteLine("  grew to " + items.Length);
        }
        items[size++] = v;
    }

    public int Pop()
    {
        if (size == 0) throw new InvalidOperationException("stack empty");
        return items[--size];
    }

    public int Peek() { return items[size - 1]; }
}

class Program
{
    static int EvalRpn(string expr)
    {
        IntStack st = new IntStack();
        foreach (string tok in expr.Split(' '))
        {
            switch (tok)
            {
                case "+": st.Push(st.Pop() + st.Pop()); break;
                case "*": st.Push(st.Pop() * st.Pop()); break;
                case "-": { int b = st.Pop(); st.Push(st.Pop() - b); break; }
                default: st.Push(int.Parse(tok)); break;
            }
        }
        return st.Pop();
    }

    static void Main()
    {
        IntStack s = new IntStack();
        for (int i = 1; i <= 5; i++) s.Push(i * 10);
        Console.WriteLine(s.Count + " top " + s.Peek());
        while (!s.IsEmpty) Console.Write(s.Pop() + " ");
        Console.WriteLine();
        Console.WriteLine(EvalRpn("3 4 + 2 *"));
        Console.WriteLine(EvalRpn("5 1 2 + 4 * + 3 -"));
        try
        {
            s.Pop();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
