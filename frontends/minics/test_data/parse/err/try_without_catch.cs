class C { void M() { try { } int x = 0; } }
