// test: diag
class C {
    string a = "tab\q"; //~ CS1009
    string b = "\u12"; //~ CS1009
    string c = "\x41\u0041\U00000041";
}
