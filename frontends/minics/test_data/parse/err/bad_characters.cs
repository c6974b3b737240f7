class C { void M() { int a = 1 # 2; var s = "ok"; ` } }
