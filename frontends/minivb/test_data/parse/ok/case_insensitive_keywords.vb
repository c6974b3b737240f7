MODULE m
    PUBLIC SUB main()
        DIM x AS INTEGER = 1
        if x > 0 then
            console.writeline(x)
        END IF
    end sub
END MODULE
