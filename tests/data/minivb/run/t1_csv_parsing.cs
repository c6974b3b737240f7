using System;
using System.Collections.Generic;
using System.Text;

static class Csv
{
    static List<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var cur = new StringBuilder();
        bool quoted = false;
        int i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"') { if (i + 1 < line.Length && line[i + 1] == '"') { cur.Append('"'); i += 1; } else quoted = false; }
                else cur.Append(c);
            }
            else if (c == ',') { fields.Add(cur.ToString()); cur.Clear(); }
            else if (c == '"') quoted = true;
            else cur.Append(c);
            i += 1;
        }
        fields.Add(cur.ToString());
        return fields;
    }

    static void Main()
    {
        string[] rows = {
            "name,age,city",
            "Ann,31,Oslo",
            "\"Smith, John\",45,\"New York\"",
            "Eve,,\"She said \"\"hi\"\"\"" };
        int total = 0;
        for (int r = 0; r <= rows.Length - 1; r++)
        {
            var f = ParseLine(rows[r]);
            Console.WriteLine(f.Count + ": [" + string.Join("|", f) + "]");
            int age;
            if (r > 0 && int.TryParse(f[1], out age)) total += age;
        }
        Console.WriteLine("total age " + total);
    }
}
