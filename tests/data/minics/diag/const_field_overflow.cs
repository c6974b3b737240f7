// test: diag
class C {
    public const int Big = int.MaxValue + 1; //~ CS0220
    public const int Zero = 10 / 0; //~ CS0020
    public const uint Under = 3u - 5; //~ CS0220
    public const byte Cast = (byte)300; //~ CS0221
    public const long Widened = (long)int.MaxValue * 2;
    public const int Truncated = (int)2.9;
}
