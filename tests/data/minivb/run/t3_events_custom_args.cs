using System;
using System.Collections.Generic;

public class TemperatureEventArgs : EventArgs
{
    public double OldValue { get; }
    public double NewValue { get; }
    public TemperatureEventArgs(double oldValue, double newValue) { OldValue = oldValue; NewValue = newValue; }
}

public class Thermostat
{
    public event EventHandler<TemperatureEventArgs> TemperatureChanged;
    public delegate void AlarmEventHandler(string message);
    public event AlarmEventHandler Alarm;
    private double _temp = 20;

    public double Temperature
    {
        get { return _temp; }
        set
        {
            if (value == _temp) return;
            var old = _temp;
            _temp = value;
            if (TemperatureChanged != null) TemperatureChanged(this, new TemperatureEventArgs(old, value));
            if (value > 30 && Alarm != null) Alarm("too hot: " + value.ToString("R"));
        }
    }
}

public class Logger
{
    public readonly List<string> Lines = new List<string>();
    public void OnChanged(object sender, TemperatureEventArgs e) { Lines.Add(e.OldValue.ToString("R") + " -> " + e.NewValue.ToString("R")); }
}

static class Program
{
    private static int alarms;

    static void CountAlarm(string message) { alarms += 1; Console.WriteLine("ALARM " + message); }

    static void Main()
    {
        var t = new Thermostat();
        var log = new Logger();
        t.TemperatureChanged += log.OnChanged;
        t.TemperatureChanged += (s, e) => Console.WriteLine("delta " + (e.NewValue - e.OldValue).ToString("R"));
        t.Alarm += CountAlarm;
        t.Temperature = 25;
        t.Temperature = 25;
        t.Temperature = 31.5;
        t.Temperature = 18;
        t.Alarm -= CountAlarm;
        t.Temperature = 40;
        Console.WriteLine(string.Join("; ", log.Lines));
        Console.WriteLine("alarms: " + alarms);
    }
}
