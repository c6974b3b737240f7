public abstract class A<T> : Base, IFoo<T>, IBar { }
sealed class B : A<int> { }
static class S { }
internal struct P : IEquatable<P> { }
