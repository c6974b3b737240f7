// test: diag
class C {
    char empty = ''; //~ CS1011
    char two = 'ab'; //~ CS1012
    char ok = '\n';
}
