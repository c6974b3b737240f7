Module Native
    Declare Function GetTickCount Lib "kernel32" () As Integer
    Declare Auto Sub Sleep Lib "kernel32" Alias "Sleep" (ByVal ms As Integer)
    Private Declare Unicode Function MessageBox Lib "user32.dll" Alias "MessageBoxW" (hwnd As IntPtr, text As String, caption As String, kind As UInteger) As Integer
    <DllImport("libc")>
    Function getpid() As Integer
    End Function
End Module
