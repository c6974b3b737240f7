// test: mono-run
// The n-body simulation of the Benchmarks Game: a Jovian planets model integrated with
// symplectic Euler steps. Argument: the number of steps (default 1000).
using System;

class Body {
    public double X, Y, Z, Vx, Vy, Vz, Mass;
}

static class NBody {
    const double Pi = 3.141592653589793;
    const double SolarMass = 4 * Pi * Pi;
    const double DaysPerYear = 365.24;

    static Body Make(double x, double y, double z, double vx, double vy, double vz, double mass) {
        var b = new Body();
        b.X = x; b.Y = y; b.Z = z;
        b.Vx = vx * DaysPerYear; b.Vy = vy * DaysPerYear; b.Vz = vz * DaysPerYear;
        b.Mass = mass * SolarMass;
        return b;
    }

    static Body[] System() {
        Body[] bodies = {
            Make(0, 0, 0, 0, 0, 0, 1),
            Make(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                 1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05, 9.54791938424326609e-04),
            Make(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                 -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05, 2.85885980666130812e-04),
            Make(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                 2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05, 4.36624404335156298e-05),
            Make(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                 2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05, 5.15138902046611451e-05),
        };
        double px = 0, py = 0, pz = 0;
        foreach (var b in bodies) { px += b.Vx * b.Mass; py += b.Vy * b.Mass; pz += b.Vz * b.Mass; }
        bodies[0].Vx = -px / SolarMass; bodies[0].Vy = -py / SolarMass; bodies[0].Vz = -pz / SolarMass;
        return bodies;
    }

    static double Energy(Body[] bodies) {
        double e = 0;
        for (int i = 0; i < bodies.Length; i++) {
            var b = bodies[i];
            e += 0.5 * b.Mass * (b.Vx * b.Vx + b.Vy * b.Vy + b.Vz * b.Vz);
            for (int j = i + 1; j < bodies.Length; j++) {
                var c = bodies[j];
                double dx = b.X - c.X, dy = b.Y - c.Y, dz = b.Z - c.Z;
                e -= b.Mass * c.Mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static void Advance(Body[] bodies, double dt) {
        for (int i = 0; i < bodies.Length; i++) {
            var b = bodies[i];
            for (int j = i + 1; j < bodies.Length; j++) {
                var c = bodies[j];
                double dx = b.X - c.X, dy = b.Y - c.Y, dz = b.Z - c.Z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                b.Vx -= dx * c.Mass * mag; b.Vy -= dy * c.Mass * mag; b.Vz -= dz * c.Mass * mag;
                c.Vx += dx * b.Mass * mag; c.Vy += dy * b.Mass * mag; c.Vz += dz * b.Mass * mag;
            }
        }
        foreach (var b in bodies) { b.X += dt * b.Vx; b.Y += dt * b.Vy; b.Z += dt * b.Vz; }
    }

    static void Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000;
        var bodies = System();
        Console.WriteLine(Energy(bodies).ToString("F9"));
        for (int i = 0; i < n; i++) Advance(bodies, 0.01);
        Console.WriteLine(Energy(bodies).ToString("F9"));
    }
}
