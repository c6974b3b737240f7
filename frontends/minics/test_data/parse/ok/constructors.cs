class C : B {
  int x;
  public C() : this(1) { }
  public C(int x) : base(x, 2) { this.x = x; }
  static C() { }
  C(string s) => x = s.Length;
}
