class C { void M(int[] xs) { foreach (var x in xs) System.Console.WriteLine(x); foreach (int y in new[] { 1, 2 }) { } } }
