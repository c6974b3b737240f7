class C { void M() { int i = 0; top: i++; if (i < 3) goto top; done: ; } }
