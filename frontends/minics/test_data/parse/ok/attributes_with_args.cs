[Serializable, Obsolete("old", false)]
class C {
  [Flags] enum E { A = 1, [Obsolete] B = 2 }
  [return: Foo] [method: Bar(1, Named = 2)] int M([In] int x) => x;
}
