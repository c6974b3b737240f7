class C { void M(, int x) { } List<> y; }
