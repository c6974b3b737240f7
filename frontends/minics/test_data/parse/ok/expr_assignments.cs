class C { void M(int a) { a = 1; a += 2; a -= 3; a *= 4; a /= 5; a %= 6; a &= 7; a |= 8; a ^= 9; a <<= 1; a >>= 2; a = a > 1 ? 2 : 3; object o = null ?? new object(); } }
