class C {
  public int A { get; set; }
  public int B { get; private set; } = 5;
  int c;
  public int Cc { get { return c; } set { c = value; } }
  public int D => c * 2;
  public int E { get => c; set => c = value; }
  public string F { get; } = "f";
}
