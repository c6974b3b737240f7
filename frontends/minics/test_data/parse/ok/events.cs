using System;
class C {
  public event EventHandler Changed;
  event Action A, B;
  EventHandler h;
  public event EventHandler Custom { add { h += value; } remove { h -= value; } }
}
