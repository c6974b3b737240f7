// test: mono-run
using System;
using System.Text;
using System.Collections.Generic;

class Program
{
    static string Table(string[] headers, List<string[]> rows)
    {
        int[] widths = new int[headers.Length];
        for (int c = 0; c < headers.Length; c++) widths[c] = headers[c].Length;
        foreach (string[] row in rows)
            for (int c = 0; c < row.Length; c++)
                if (row[c].Length > widths[c]) widths[c] = row[c].Length;
        StringBuilder sb = new StringBuilder();
        AppendRow(sb, headers, widths);
        for (int c = 0; c < widths.Length; c++)
        {
            sb.Append('+');
            sb.Append('-', widths[c] + 2);
        }
        sb.Append("+\n");
        foreach (string[] row in rows) AppendRow(sb, row, widths);
        return sb.ToString();
    }

    static void AppendRow(StringBuilder sb, string[] cells, int[] widths)
    {
        for (int c = 0; c < cells.Length; c++)
        {
            sb.Append("| ");
            sb.Append(cells[c].PadRight(widths[c]));
            sb.Append(' ');
        }
        sb.Append("|\n");
    }

    static void Main()
    {
        List<string[]> rows = new List<string[]>();
        rows.Add(new string[] { "Oslo", "709037", "NO" });
        rows.Add(new string[] { "Stockholm", "984748", "SE" });
        rows.Add(new string[] { "Reykjavik", "139875", "IS" });
        Console.Write(Table(new string[] { "City", "Population", "CC" }, rows));
        StringBuilder csv = new StringBuilder();
        foreach (string[] r in rows)
        {
            for (int i = 0; i < r.Length; i++)
            {
                if (i > 0) csv.Append(',');
                csv.Append(r[i]);
            }
            csv.Append(';');
        }
        Console.WriteLine(csv.ToString().TrimEnd(';'));
    }
}
