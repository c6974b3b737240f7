delegate int Op(int a, int b);
public delegate void Handler<T>(object sender, T args) where T : class;
