' The Like operator for vbc-lite (see like.rs): ordinal matching of ?, *, #, [list].
Friend Module VbcLiteLikeOperator
    Public Function LikeString(source As String, pattern As String) As Boolean
        If source Is Nothing Then source = ""
        If pattern Is Nothing Then pattern = ""
        Return MatchAt(source, 0, pattern, 0)
    End Function

    Private Function MatchAt(s As String, si As Integer, p As String, pi As Integer) As Boolean
        While pi < p.Length
            Dim c As Char = p(pi)
            If c = "*"c Then
                While pi < p.Length AndAlso p(pi) = "*"c
                    pi += 1
                End While
                If pi = p.Length Then Return True
                For k As Integer = si To s.Length
                    If MatchAt(s, k, p, pi) Then Return True
                Next
                Return False
            End If
            If si >= s.Length Then Return False
            Dim ch As Char = s(si)
            If c = "#"c Then
                If ch < "0"c OrElse ch > "9"c Then Return False
            ElseIf c = "["c Then
                Dim close As Integer = p.IndexOf("]"c, pi + 1)
                If close < 0 Then Return False
                Dim negate As Boolean = close > pi + 1 AndAlso p(pi + 1) = "!"c
                Dim j As Integer = pi + 1
                If negate Then j += 1
                Dim found As Boolean = False
                While j < close
                    If j + 2 < close AndAlso p(j + 1) = "-"c Then
                        If ch >= p(j) AndAlso ch <= p(j + 2) Then found = True
                        j += 3
                    Else
                        If ch = p(j) Then found = True
                        j += 1
                    End If
                End While
                If found = negate Then Return False
                pi = close
            ElseIf c <> "?"c AndAlso c <> ch Then
                Return False
            End If
            si += 1
            pi += 1
        End While
        Return si = s.Length
    End Function
End Module
