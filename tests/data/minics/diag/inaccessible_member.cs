// test: diag
class A {
    private int secret = 1;
    private void Hide() { }
    public int Peek() { Hide(); return secret; }
}
class B {
    int M(A a) {
        a.Hide(); //~ CS0122
        return a.secret; //~ CS0122
    }
}
