using System;
using static System.Math;
using Gen = System.Collections.Generic;
using L = System.Collections.Generic.List<int>;
class C { }
