class C { void M() { while (true) break; do { continue; } while (false); for (int i = 0, j = 1; i < 10; i++, j--) { } for (;;) { break; } int k; for (k = 0; k < 3; k++) ; } }
