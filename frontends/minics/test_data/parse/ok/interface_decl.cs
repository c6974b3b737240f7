interface IShape { double Area(); string Name { get; } int this[int i] { get; set; } event System.EventHandler Changed; }
