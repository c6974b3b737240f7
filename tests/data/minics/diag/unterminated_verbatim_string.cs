// test: diag
class C {
    string s = @"starts here //~ CS1039
and runs to the end //~ CS1002 CS1513