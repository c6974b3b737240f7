enum Color : byte { Red, Green = 5, Blue, }
enum Empty { }
