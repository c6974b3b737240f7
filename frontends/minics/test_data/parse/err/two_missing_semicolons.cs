class C {
  void M() {
    Foo()
    Bar();
    int z = 3
  }
}
