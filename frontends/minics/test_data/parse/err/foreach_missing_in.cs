class C { void M(int[] a) { foreach (var x a) { } } }
