// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib { public class Pair { public void Get(out int a) { a = 0; } public void Get(int a) { } public void Rank(int[][] a) { } public void Rank(int[,] a) { } } }
