class C { public static C operator @(C a) => a; }
