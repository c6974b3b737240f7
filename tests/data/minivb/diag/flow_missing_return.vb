' test: diag
Imports System

Class Money
    Public Amount As Integer

    Public Shared Operator +(a As Money, b As Money) As Money
        If a Is Nothing Then
            Return b
        End If
    End Operator '~ BC42106

    Public Shared Operator -(a As Money, b As Money) As Integer
        If a Is Nothing Then
            Return 0
        End If
    End Operator '~ BC42354

    Public Shared Operator *(a As Money, b As Money) As Integer
        Return a.Amount * b.Amount
    End Operator

    ReadOnly Property Text As String
        Get
            If Amount > 0 Then
                Return "some"
            End If
        End Get '~ BC42107
    End Property

    ReadOnly Property Twice As Integer
        Get
        End Get '~ BC42355
    End Property

    ReadOnly Property Half As Integer
        Get
            Half = Amount \ 2
        End Get
    End Property
End Class

Module Program
    Function Sign(n As Integer) As String
        If n > 0 Then
            Return "+"
        ElseIf n < 0 Then
            Return "-"
        End If
    End Function '~ BC42105

    Function Loops() As Integer
        While True
            Return 1
        End While
    End Function '~ BC42353

    Function Kind(n As Integer) As Color
        Select Case n
            Case 0
                Return Color.Red
        End Select
    End Function '~ BC42353

    Function ByName(n As Integer) As String
        If n > 0 Then
            ByName = "positive"
            Exit Function
        End If
        ByName = "other"
    End Function

    Function Early(n As Integer) As String
        If n > 0 Then
            Exit Function
        End If
        Return "late"
    End Function '~ BC42105

    Function Forever() As Integer
        Do
        Loop
    End Function

    Function Throws() As String
        Throw New InvalidOperationException()
    End Function

    Function Every(n As Integer) As Integer
        Select Case n
            Case 0
                Return 0
            Case Else
                Return 1
        End Select
    End Function

    Function Guarded(n As Integer) As String
        Try
            Return "try"
        Catch ex As Exception
            Return "catch"
        End Try
    End Function

    Sub Main()
    End Sub
End Module

Enum Color
    Red
End Enum
