namespace A.B { namespace C { class X { } } struct Y { } }
namespace D { using System; }
