// test: diag
class C {
}
/* this comment never ends //~ CS1035
