' test: diag
' define: TRACE
#If TRACE Then
Module Traced
End Module
#End If
#End If '~ BC30013
#Bogus '~ BC30248
#If OPEN Then '~ BC30012
