using System.Collections.Generic;
class C { IEnumerable<int> M() { yield return 1; yield return 2; yield break; } int yield = 0; void N() { yield = 1; } }
