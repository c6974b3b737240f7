using System;
class C { void M() { Func<int, int> f = x => x + 1; Func<int, int, int> g = (a, b) => a * b; Func<int, int> h = (int a) => { return a; }; Action z = () => { }; Action<int> w = delegate (int x) { }; Action v = delegate { }; Func<int, Func<int, int>> cur = a => b => a + b; } }
