// test: diag
#warning Check this //~ CS1030
class C { }
