// test: diag
class C {
    public byte B = 300; //~ CS0031
    void M() {
        const short s = 70000; //~ CS0031
        sbyte t = -129; //~ CS0031
        System.Console.WriteLine(s + t);
    }
}
