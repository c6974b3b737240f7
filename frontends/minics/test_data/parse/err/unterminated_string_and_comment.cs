class C { string s = "open
; }
/* never closed
