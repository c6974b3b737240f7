class C { global::System.String s; System.Collections.Generic.List<int> l = new System.Collections.Generic.List<int>(); }
