class C { void M(bool a, bool b, int? x, int? y) { var r = a ? 1 : b ? 2 : 3; var s = x ?? y ?? 0; } }
