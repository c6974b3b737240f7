class C { void M() { var a = new C(); var b = new P { X = 1, Y = 2 }; var c = new List<int> { 1, 2, 3 }; var d = new Dictionary<string, int> { { "a", 1 } }; var e = new Q(1) { Inner = { 5 } }; } }
