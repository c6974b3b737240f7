class C : I, IG<int> { void I.M() { } int IG<int>.P { get { return 1; } } int I.this[int i] => i; event System.Action I.E { add { } remove { } } }
