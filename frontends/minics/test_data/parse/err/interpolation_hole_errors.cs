class C { string M() => $"a{}b{1 +}c"; }
