// test: diag
class C {
    ulong big = 18446744073709551616; //~ CS1021
    int bad = 0x; //~ CS1013
    int under = 1_; //~ CS1013
    ulong max = 18446744073709551615;
}
