' test: vb-run
Imports System
Imports System.Runtime.InteropServices
Imports System.Text

Module Program
    Declare Function abs Lib "libc" (ByVal x As Integer) As Integer
    Declare Ansi Function StrLen Lib "libc" Alias "strlen" (ByVal s As String) As IntPtr
    Declare Unicode Function UnicodeStrLen Lib "libc" Alias "strlen" (ByVal s As String) As Integer
    Declare Auto Function atoi Lib "libc.so.6" (ByVal s As String) As Integer
    Declare Function cos Lib "libm.so.6" (ByVal x As Double) As Double
    Declare Function pow Lib "libm.so.6" (ByVal x As Double, ByVal y As Double) As Double
    Declare Sub strcpy Lib "libc" (ByVal dst As StringBuilder, ByVal src As String)
    Declare Function Missing Lib "no_such_library_xyz" () As Integer
    Private Declare Function NoEntry Lib "libc" Alias "no_such_function_xyz" () As Integer

    Declare Function close Lib "libc" (ByVal fd As Integer) As Integer

    Function Main() As Integer
        Console.WriteLine("abs: " & abs(-42))
        Console.WriteLine("strlen: " & StrLen("héllo").ToInt64())
        Console.WriteLine("unicode strlen: " & UnicodeStrLen("ABC"))
        Console.WriteLine("atoi: " & atoi("  -314"))
        Console.WriteLine("cos(0): " & cos(0.0))
        Console.WriteLine("pow: " & pow(2.0, 12.0))
        Dim sb As New StringBuilder(20)
        strcpy(sb, "from C")
        Console.WriteLine("strcpy: " & sb.ToString())
        Console.WriteLine("close(-1): " & close(-1) & " errno " & Marshal.GetLastWin32Error())
        Try
            Missing()
        Catch e As DllNotFoundException
            Console.WriteLine("caught " & e.GetType().Name)
        End Try
        Try
            NoEntry()
        Catch e As EntryPointNotFoundException
            Console.WriteLine("caught " & e.GetType().Name)
        End Try
        Return abs(-5)
    End Function
End Module
