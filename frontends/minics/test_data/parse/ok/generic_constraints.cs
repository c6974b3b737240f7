class C<T, U> where T : class, IComparable<T>, new() where U : struct { void M<V>() where V : T { } }
