// test: diag
class C {
    string s = "unterminated; //~ CS1010
    char c = 'x; //~ CS1010
    string fine = "closed";
}
