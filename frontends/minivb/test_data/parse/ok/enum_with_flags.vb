<Flags>
Public Enum Access As Byte
    None = 0
    Read = 1
    Write = 2
    <Obsolete("x")> Execute = 4
    All = Read Or Write Or Execute
End Enum
Enum Color
    Red
    Green
    Blue
End Enum
