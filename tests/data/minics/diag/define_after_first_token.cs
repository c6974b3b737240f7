// test: diag
class C { }
#define LATE //~ CS1032
