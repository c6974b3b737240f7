struct V {
  public int X;
  public static V operator +(V a, V b) { return a; }
  public static V operator -(V a) => a;
  public static bool operator ==(V a, V b) => true;
  public static bool operator !=(V a, V b) => false;
  public static V operator >>(V a, int n) => a;
  public static bool operator true(V a) => true;
  public static bool operator false(V a) => false;
  public static implicit operator int(V v) => v.X;
  public static explicit operator V(int x) { return new V(); }
}
