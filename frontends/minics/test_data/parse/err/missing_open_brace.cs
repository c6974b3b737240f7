class C
  int x;
}
