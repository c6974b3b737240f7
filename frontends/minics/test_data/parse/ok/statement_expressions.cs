class C { void M() { ; new C(); M(); x.y.z(); a[0]++; } }
