namespace N { class A { } ) ; class B { } }
int x;
class Z { }
