class Outer { class Inner { struct Deep { } } public enum Kind { A } interface I { } delegate void D(); }
