/// <summary>Doc.</summary>
class C { /* block */ int a; // line
  /// <param name="x">x</param>
  void M(int x) { }
}
