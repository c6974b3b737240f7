class C { string s; C(string s) { this.s = s ?? throw new System.ArgumentNullException(nameof(s)); } int M(bool b) => b ? 1 : throw new System.Exception(); }
