class C {
  public static int Add(int a, int b) { return a + b; }
  void Nothing() { }
  T Id<T>(T x) => x;
  abstract protected void Abs();
  public virtual string Name() => "c";
  public override string ToString() { return base.ToString(); }
}
