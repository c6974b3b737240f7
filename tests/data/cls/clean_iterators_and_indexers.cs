// test: cls
using System;
using System.Collections.Generic;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Grid {
        readonly int[,] cells = new int[4, 4];
        public int this[int row, int col] { get { return cells[row, col]; } set { cells[row, col] = value; } }
        public IEnumerable<int> Row(int r) { for (int c = 0; c < 4; c++) yield return cells[r, c]; }
        public int Width { get { return 4; } }
    }
}
