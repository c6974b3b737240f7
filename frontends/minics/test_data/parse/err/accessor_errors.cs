class C { int P { get; fetch; } event System.Action E { add { } delete { } } }
