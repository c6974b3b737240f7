using System;
using System.Collections.Generic;

public enum OpCode { Push, Add, Mul, Sub1, Dup, Swap, Jz, Jmp, Print, Halt }

public struct Instr
{
    public OpCode Op;
    public int Arg;
    public Instr(OpCode op, int arg = 0) { Op = op; Arg = arg; }
}

public class VmException : Exception { public VmException(string message) : base(message) { } }

public class Machine
{
    private readonly Stack<int> stack = new Stack<int>();
    public int Steps { get; set; }
    private int Pop() { if (stack.Count == 0) throw new VmException("stack underflow at step " + Steps); return stack.Pop(); }

    public void Run(Instr[] program)
    {
        int pc = 0;
        while (true)
        {
            Steps += 1;
            if (Steps > 1000) throw new VmException("too many steps");
            var ins = program[pc];
            pc += 1;
            switch (ins.Op)
            {
                case OpCode.Push: stack.Push(ins.Arg); break;
                case OpCode.Add: stack.Push(Pop() + Pop()); break;
                case OpCode.Mul: stack.Push(Pop() * Pop()); break;
                case OpCode.Sub1: stack.Push(Pop() - 1); break;
                case OpCode.Dup: { var v = Pop(); stack.Push(v); stack.Push(v); break; }
                case OpCode.Swap: { var a = Pop(); var b = Pop(); stack.Push(a); stack.Push(b); break; }
                case OpCode.Jz: if (stack.Peek() == 0) pc = ins.Arg; break;
                case OpCode.Jmp: pc = ins.Arg; break;
                case OpCode.Print: Console.WriteLine("out " + stack.Peek()); break;
                case OpCode.Halt: return;
            }
        }
    }
}

static class Program
{
    static void Main()
    {
        Instr[] fact = {
            new Instr(OpCode.Push, 1), new Instr(OpCode.Push, 5),
            new Instr(OpCode.Jz, 10),
            new Instr(OpCode.Dup), new Instr(OpCode.Print),
            new Instr(OpCode.Swap), new Instr(OpCode.Jmp, 11),
            new Instr(OpCode.Halt), new Instr(OpCode.Halt), new Instr(OpCode.Halt),
            new Instr(OpCode.Halt),
            new Instr(OpCode.Swap), new Instr(OpCode.Dup), new Instr(OpCode.Jmp, 14),
            new Instr(OpCode.Halt) };
        Instr[] simple = { new Instr(OpCode.Push, 6), new Instr(OpCode.Push, 7), new Instr(OpCode.Mul), new Instr(OpCode.Print), new Instr(OpCode.Halt) };
        var m = new Machine();
        m.Run(simple);
        Console.WriteLine("steps " + m.Steps);
        Instr[] bad = { new Instr(OpCode.Add), new Instr(OpCode.Halt) };
        try { var m2 = new Machine(); m2.Run(bad); }
        catch (VmException ex) { Console.WriteLine("vm error: " + ex.Message); }
        Instr[] loopy = { new Instr(OpCode.Push, 3), new Instr(OpCode.Print), new Instr(OpCode.Sub1), new Instr(OpCode.Jz, 5), new Instr(OpCode.Jmp, 1), new Instr(OpCode.Halt) };
        var m3 = new Machine();
        m3.Run(loopy);
        Console.WriteLine("steps " + m3.Steps);
        Console.WriteLine(fact.Length);
    }
}
