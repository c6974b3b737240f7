// test: diag-pending
class C {
    public const int Big = int.MaxValue + 1; //~ CS0220
    public const int Zero = 10 / 0; //~ CS0020
}
