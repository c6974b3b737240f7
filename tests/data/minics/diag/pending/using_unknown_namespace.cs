// test: diag-pending
using System.Widgets; //~ CS0234
class C { }
