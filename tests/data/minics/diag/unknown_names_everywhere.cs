// test: diag
class C : IMissing { //~ CS0246
    public Gadget G = null; //~ CS0246
    void M() {
        helper(); //~ CS0103
    }
}
