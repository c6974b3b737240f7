class C { void M(object o) { if (o is string s && s.Length > 0) { } bool b = o is int; var t = o as string; if (o is null) { } bool n = o is int? ; var q = o is int ? 1 : 2; } }
