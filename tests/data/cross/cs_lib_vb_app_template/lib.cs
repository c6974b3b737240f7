using System;
using System.Collections.Generic;

namespace Games
{
    public abstract class Game
    {
        private readonly List<string> log = new List<string>();
        protected int Turn { get; private set; }
        protected void Log(string s) { log.Add(Turn + ": " + s); }
        protected abstract bool Play();
        protected virtual void Setup() { Log("setup"); }
        public IList<string> Run(int maxTurns)
        {
            Setup();
            for (Turn = 1; Turn <= maxTurns; Turn++) if (!Play()) break;
            return log;
        }
        public static string Banner(string name) { return "== " + name + " =="; }
    }

    public interface IScorer<T> { int Score(T item); }
}
