class C {
  void M() {
