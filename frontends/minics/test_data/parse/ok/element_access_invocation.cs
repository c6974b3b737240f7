class C { void M(int[,] a, int[][] j) { a[1, 2] = j[0][1]; M(a: a, j: j); int.Parse("1"); string.Format("{0}", 1); F(ref a, out int x, out var y); } }
