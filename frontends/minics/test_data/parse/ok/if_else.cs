class C { void M(int x) { if (x > 0) x--; else if (x < 0) { x++; } else x = 0; } }
