' test: vb-run
' The n-body simulation of the Benchmarks Game in minivb, a line-for-line translation of
' nbody.cs (its C# twin and oracle): a Jovian planets model integrated with symplectic
' Euler steps. Argument: the number of steps (default 1000).
Imports System

Class Body
    Public X, Y, Z, Vx, Vy, Vz, Mass As Double
End Class

Module NBody
    Const Pi As Double = 3.141592653589793
    Const SolarMass As Double = 4 * Pi * Pi
    Const DaysPerYear As Double = 365.24

    Function Make(x As Double, y As Double, z As Double, vx As Double, vy As Double, vz As Double, mass As Double) As Body
        Dim b As New Body()
        b.X = x : b.Y = y : b.Z = z
        b.Vx = vx * DaysPerYear : b.Vy = vy * DaysPerYear : b.Vz = vz * DaysPerYear
        b.Mass = mass * SolarMass
        Return b
    End Function

    ' `System` in the C# original; VB names are case-insensitive, so it would hide the
    ' System namespace here.
    Function Planets() As Body()
        Dim bodies As Body() = {
            Make(0, 0, 0, 0, 0, 0, 1),
            Make(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                 1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
            Make(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                 -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
            Make(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                 2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
            Make(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                 2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05)
        }
        Dim px As Double = 0, py As Double = 0, pz As Double = 0
        For Each b As Body In bodies
            px += b.Vx * b.Mass : py += b.Vy * b.Mass : pz += b.Vz * b.Mass
        Next
        bodies(0).Vx = -px / SolarMass : bodies(0).Vy = -py / SolarMass : bodies(0).Vz = -pz / SolarMass
        Return bodies
    End Function

    Function Energy(bodies As Body()) As Double
        Dim e As Double = 0
        For i As Integer = 0 To bodies.Length - 1
            Dim b As Body = bodies(i)
            e += 0.5 * b.Mass * (b.Vx * b.Vx + b.Vy * b.Vy + b.Vz * b.Vz)
            For j As Integer = i + 1 To bodies.Length - 1
                Dim c As Body = bodies(j)
                Dim dx As Double = b.X - c.X, dy As Double = b.Y - c.Y, dz As Double = b.Z - c.Z
                e -= b.Mass * c.Mass / Math.Sqrt(dx * dx + dy * dy + dz * dz)
            Next
        Next
        Return e
    End Function

    Sub Advance(bodies As Body(), dt As Double)
        For i As Integer = 0 To bodies.Length - 1
            Dim b As Body = bodies(i)
            For j As Integer = i + 1 To bodies.Length - 1
                Dim c As Body = bodies(j)
                Dim dx As Double = b.X - c.X, dy As Double = b.Y - c.Y, dz As Double = b.Z - c.Z
                Dim d2 As Double = dx * dx + dy * dy + dz * dz
                Dim mag As Double = dt / (d2 * Math.Sqrt(d2))
                b.Vx -= dx * c.Mass * mag : b.Vy -= dy * c.Mass * mag : b.Vz -= dz * c.Mass * mag
                c.Vx += dx * b.Mass * mag : c.Vy += dy * b.Mass * mag : c.Vz += dz * b.Mass * mag
            Next
        Next
        For Each b As Body In bodies
            b.X += dt * b.Vx : b.Y += dt * b.Vy : b.Z += dt * b.Vz
        Next
    End Sub

    Sub Main(args As String())
        Dim n As Integer = If(args.Length > 0, Integer.Parse(args(0)), 1000)
        Dim bodies As Body() = Planets()
        Console.WriteLine(Energy(bodies).ToString("F9"))
        For i As Integer = 0 To n - 1
            Advance(bodies, 0.01)
        Next
        Console.WriteLine(Energy(bodies).ToString("F9"))
    End Sub
End Module
