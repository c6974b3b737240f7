' A comment
Module M ' trailing
    REM a rem comment
    Sub Main() ' comment
        ' inside
        Dim x = 1 ' after
    End Sub
End Module
