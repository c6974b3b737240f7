class C { void M() { char c = 'ab'; string s = "bad \q escape"; long big = 99999999999999999999; var d = 1.5m; } }
