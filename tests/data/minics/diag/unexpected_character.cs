// test: diag
class C {
    int x = 1 # 2; //~ CS1056
    int y = 3 ` 4; //~ CS1056
}
