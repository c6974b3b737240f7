// test: diag
// A name that finds no type but a field, property, event or method of the type (or an
// enclosing one) is reported as that member used like a type, as Roslyn does.
namespace Shapes {
    class Outer {
        public int Count = 0;
        int Size { get; set; }
        event System.Action Changed;
        void Draw() { }
        void Scale(double factor, int[] times) { }

        class Inner {
            void Take(Count c) { } //~ CS0118
            Size Measure() { return null; } //~ CS0118
            Scale Grow() { return null; } //~ CS0118
        }

        void Paint() {
            Draw d = null; //~ CS0118
            Changed e = null; //~ CS0118
            Missing m = null; //~ CS0246
        }
    }
}
