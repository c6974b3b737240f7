// test: diag
class C {
    public const short S = 70000; //~ CS0031
    public const byte B = -1; //~ CS0031
}
