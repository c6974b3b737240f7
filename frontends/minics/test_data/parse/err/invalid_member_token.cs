class C { int a; ) int b; 42 }
