// test: diag
class C {
    int field;

    int M(int p) {
        int local = 1;
        return Add(2);

        static int Add(int x) {
            return x + local; //~ CS8421
        }
    }

    int N(int p) {
        return Twice() + Field();

        static int Twice() => p * 2; //~ CS8421
        static int Field() => field; //~ CS8422
    }

    static int O(bool b) {
        return Sign(1);

        static int Sign(int x) { //~ CS0161
            if (b) { //~ CS8421
                return x;
            }
        }
    }
}
