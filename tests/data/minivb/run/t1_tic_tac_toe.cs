using System;

static class TicTacToe
{
    private static char[,] board = new char[3, 3];

    static char Winner()
    {
        for (int i = 0; i <= 2; i++)
        {
            if (board[i, 0] != ' ' && board[i, 0] == board[i, 1] && board[i, 1] == board[i, 2]) return board[i, 0];
            if (board[0, i] != ' ' && board[0, i] == board[1, i] && board[1, i] == board[2, i]) return board[0, i];
        }
        if (board[1, 1] != ' ')
        {
            if (board[0, 0] == board[1, 1] && board[1, 1] == board[2, 2]) return board[1, 1];
            if (board[0, 2] == board[1, 1] && board[1, 1] == board[2, 0]) return board[1, 1];
        }
        return ' ';
    }

    static void Print()
    {
        for (int r = 0; r <= 2; r++)
        {
            Console.WriteLine(" " + board[r, 0] + " | " + board[r, 1] + " | " + board[r, 2]);
            if (r < 2) Console.WriteLine("---+---+---");
        }
    }

    static void Main()
    {
        for (int r = 0; r <= 2; r++) for (int c = 0; c <= 2; c++) board[r, c] = ' ';
        int[] moves = { 4, 0, 8, 2, 1, 7, 6, 3, 5 };
        char player = 'X';
        int turn = 0;
        foreach (var m in moves)
        {
            board[m / 3, m % 3] = player;
            turn += 1;
            var w = Winner();
            if (w != ' ') { Print(); Console.WriteLine(w + " wins after " + turn + " moves"); return; }
            player = player == 'X' ? 'O' : 'X';
        }
        Print();
        Console.WriteLine("draw");
    }
}
