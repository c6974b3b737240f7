Option Strict On
Option Explicit On
Option Infer Off
Imports System
Imports System.Collections.Generic
Imports SB = System.Text.StringBuilder
Module M
End Module
