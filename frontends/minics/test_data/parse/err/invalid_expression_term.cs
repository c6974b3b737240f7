class C { void M() { int x = ; int y = 2 + ) ; } }
