class C { void M() { int class = 1; } int for; }
