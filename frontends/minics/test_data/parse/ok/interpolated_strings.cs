class C { string M(int a, string b) { return $"a={a}, b={b,5}, c={a:X4} {{lit}} {(a > 0 ? "p" : "n")}" + $@"v {b}" + @$"w"; } }
