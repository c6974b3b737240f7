// test: diag
// define: TRACE
#if TRACE
class Traced { }
#else
class Plain { }
#endif
#endif //~ CS1028
#bogus //~ CS1024
#error Stop here //~ CS1029
#if OPEN //~ CS1027
