// test: diag
class C {
    public int Value = 1;
    public string Value = ""; //~ CS0102
}
