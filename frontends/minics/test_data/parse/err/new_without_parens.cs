class C { void M() { var a = new C; var b = new int[] ; } }
