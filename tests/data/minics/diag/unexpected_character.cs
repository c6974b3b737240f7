// test: diag
class C {
    int x = 1 # 2; //~ CS1056 CS1002 CS1519 CS1519
    int y = 3 ` 4; //~ CS1056 CS1002 CS1519 CS1519
}
