// test: mono-run
using System;

class ValidationException : Exception
{
    public string Field { get; }
    public int Code { get; }

    public ValidationException(string field, int code)
        : base("invalid " + field)
    {
        Field = field;
        Code = code;
    }

    public ValidationException(string field, int code, Exception inner)
        : base("invalid " + field, inner)
    {
        Field = field;
        Code = code;
    }
}

class RangeError : ValidationException
{
    public RangeError(string field, int min, int max, int actual)
        : base(field, 2)
    {
        Detail = actual + " not in [" + min + ", " + max + "]";
    }

    public string Detail;
}

class Program
{
    static void Validate(string name, int age)
    {
        if (string.IsNullOrEmpty(name)) throw new ValidationException("name", 1);
        if (age < 0 || age > 150) throw new RangeError("age", 0, 150, age);
        try
        {
            int.Parse(name);
        }
        catch (FormatException)
        {
            return;
        }
        throw new ValidationException("name", 3, new FormatException("name is a number"));
    }

    static void Check(string name, int age)
    {
        try
        {
            Validate(name, age);
            Console.WriteLine(name + " ok");
        }
        catch (RangeError e)
        {
            Console.WriteLine("range: " + e.Message + " code " + e.Code + " " + e.Detail);
        }
        catch (ValidationException e)
        {
            string inner = e.InnerException == null ? "none" : e.InnerException.Message;
            Console.WriteLine("validation: " + e.Field + " code " + e.Code + " inner " + inner);
        }
    }

    static void Main()
    {
        Check("ann", 30);
        Check("", 30);
        Check("bob", 200);
        Check("123", 5);
        Exception ex = new RangeError("x", 1, 2, 3);
        Console.WriteLine(ex is ValidationException);
        Console.WriteLine(ex.GetType().Name);
    }
}
