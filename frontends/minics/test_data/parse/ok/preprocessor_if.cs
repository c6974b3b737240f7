#define LOCAL
class C {
#if LOCAL && !DEBUG
  int a;
#elif DEBUG
  int b;
#else
  int c;
#endif
#region R
  int d;
#endregion
#pragma warning disable CS0168
}
