// test: diag
class C {
    string s = "unterminated; //~ CS1010 CS1002
    char c = 'x; //~ CS1010 CS1002
    string fine = "closed";
}
