// test: diag
class C {
    unsafe static void M() { //~ CS0227
        int x = 1;
        int* p = &x;
        *p = 2;
    }

    static void N() {
        int* q = null; //~ CS0214
        int y = 2;
        unsafe { //~ CS0227
            int z = *y; //~ CS0193
            string s = "a";
            void* ps = &s; //~ CS0208
            int[] a = { 1 };
            int* pa = &a[0]; //~ CS0212
            fixed (int f = 1) { //~ CS0209
            }
        }
    }
}

unsafe class U { //~ CS0227
    int* p;
}
