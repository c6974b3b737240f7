// test: diag
class C {
    void M(); //~ CS0501
    int N(int a); //~ CS0501
}
