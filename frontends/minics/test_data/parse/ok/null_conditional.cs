class C { int? M(string s, int[] a) { var n = s?.Length; var e = a?[0]; return s?.Trim().Length ?? 0; } }
