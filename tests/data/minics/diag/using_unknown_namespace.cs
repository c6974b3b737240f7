// test: diag
using System.Widgets; //~ CS0234
using Nowhere; //~ CS0246
using System.Collections.Generic;
namespace Inner {
    using System.Text.Nothing; //~ CS0234
    class C { }
}
