' test: vb-run
Imports System

Module TicTacToe
    Private board(2, 2) As Char

    Function Winner() As Char
        For i As Integer = 0 To 2
            If board(i, 0) <> " "c AndAlso board(i, 0) = board(i, 1) AndAlso board(i, 1) = board(i, 2) Then Return board(i, 0)
            If board(0, i) <> " "c AndAlso board(0, i) = board(1, i) AndAlso board(1, i) = board(2, i) Then Return board(0, i)
        Next
        If board(1, 1) <> " "c Then
            If board(0, 0) = board(1, 1) AndAlso board(1, 1) = board(2, 2) Then Return board(1, 1)
            If board(0, 2) = board(1, 1) AndAlso board(1, 1) = board(2, 0) Then Return board(1, 1)
        End If
        Return " "c
    End Function

    Sub Print()
        For r As Integer = 0 To 2
            Console.WriteLine(" " & board(r, 0) & " | " & board(r, 1) & " | " & board(r, 2))
            If r < 2 Then Console.WriteLine("---+---+---")
        Next
    End Sub

    Sub Main()
        For r As Integer = 0 To 2
            For c As Integer = 0 To 2
                board(r, c) = " "c
            Next
        Next
        Dim moves() As Integer = {4, 0, 8, 2, 1, 7, 6, 3, 5}
        Dim player As Char = "X"c
        Dim turn As Integer = 0
        For Each m In moves
            board(m \ 3, m Mod 3) = player
            turn += 1
            Dim w = Winner()
            If w <> " "c Then
                Print()
                Console.WriteLine(w & " wins after " & turn & " moves")
                Return
            End If
            player = If(player = "X"c, "O"c, "X"c)
        Next
        Print()
        Console.WriteLine("draw")
    End Sub
End Module
