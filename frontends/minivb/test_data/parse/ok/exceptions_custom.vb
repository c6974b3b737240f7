Public Class MyException
    Inherits Exception
    Public Sub New(message As String)
        MyBase.New(message)
    End Sub
End Class
Module M
    Sub Main()
        Try
            Throw New MyException("bad")
        Catch e As MyException When e.Message.Length > 0
            Console.WriteLine("caught")
        End Try
    End Sub
End Module
