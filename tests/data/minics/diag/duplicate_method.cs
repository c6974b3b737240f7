// test: diag
// Methods overload on parameter types, parameter kinds and generic arity, not on
// names or return types; constructors and operators too. The valid overloads here
// give no diagnostic.
class C {
    void M(int a) { }
    void M(int b) { } //~ CS0111
    int M(long a) { return 0; }
    void M(ref int a) { }
    void M<T>(int a) { }
    string M(string s) { return s; }
    int M(string t) { return 0; } //~ CS0111
    public C() { }
    public C(int x) { }
    public C(int y) { } //~ CS0111
    public static C operator +(C a, C b) { return a; }
    public static C operator +(C x, C y) { return x; } //~ CS0111
    public static implicit operator int(C c) { return 0; }
    public static implicit operator long(C c) { return 0; }
    public int P { get; set; }
    void get_Q() { }
}
