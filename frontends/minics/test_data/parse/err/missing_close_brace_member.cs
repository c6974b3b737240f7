class C {
  void M() {
    if (true) {
  }
  public int F;
}
