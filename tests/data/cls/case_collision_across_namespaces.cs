// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib.Data { public class Item { } }
namespace Lib.data { public class Other { } }
namespace Lib { public class Fine { } }
