class C { void M() { if (x > 1 { } Foo(1, 2; } }
