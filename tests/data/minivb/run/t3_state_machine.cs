using System;
using System.Collections.Generic;

public enum DoorState { Closed, Open, Locked }

public class Door
{
    private readonly Dictionary<string, DoorState> transitions = new Dictionary<string, DoorState>();
    public DoorState State { get; set; } = DoorState.Closed;
    public delegate void ChangedEventHandler(DoorState fromState, DoorState toState);
    public event ChangedEventHandler Changed;
    public Door()
    {
        Allow(DoorState.Closed, "open", DoorState.Open);
        Allow(DoorState.Open, "close", DoorState.Closed);
        Allow(DoorState.Closed, "lock", DoorState.Locked);
        Allow(DoorState.Locked, "unlock", DoorState.Closed);
    }
    private void Allow(DoorState from, string action, DoorState target) { transitions[from.ToString() + ":" + action] = target; }
    public bool Fire(string action)
    {
        DoorState target;
        if (!transitions.TryGetValue(State.ToString() + ":" + action, out target)) return false;
        var old = State;
        State = target;
        if (Changed != null) Changed(old, target);
        return true;
    }
}

static class Program
{
    static void Main()
    {
        var d = new Door();
        d.Changed += (a, b) => Console.WriteLine("  " + a.ToString() + " -> " + b.ToString());
        foreach (var action in "open,lock,close,lock,open,unlock,open".Split(','))
        {
            var ok = d.Fire(action);
            Console.WriteLine(action + ": " + (ok ? "ok" : "refused") + " (" + d.State.ToString() + ")");
        }
    }
}
