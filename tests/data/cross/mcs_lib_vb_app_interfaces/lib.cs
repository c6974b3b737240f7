using System;
using System.Collections.Generic;

namespace Pipeline
{
    public interface IStage<TIn, TOut> { TOut Process(TIn input); }

    public interface ISink { void Accept(string line); int Count { get; } }

    public static class Runner
    {
        public static TOut Chain<TIn, TMid, TOut>(TIn input, IStage<TIn, TMid> a, IStage<TMid, TOut> b) { return b.Process(a.Process(input)); }
        public static void Emit(ISink sink, params string[] lines) { foreach (var l in lines) sink.Accept(l); }
    }
}
