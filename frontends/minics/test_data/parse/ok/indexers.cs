class C { int[] data = new int[4]; public int this[int i] { get { return data[i]; } set { data[i] = value; } } public int this[int i, int j] => i + j; }
