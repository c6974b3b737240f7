using System;
using System.Collections.Generic;

public class ValidationException : Exception
{
    public string Field { get; }
    public ValidationException(string field, string message, Exception inner = null) : base(message, inner) { Field = field; }
}

static class Program
{
    static int ParseAge(string text)
    {
        try
        {
            var n = int.Parse(text);
            if (n < 0 || n > 150) throw new ValidationException("age", "age out of range: " + n);
            return n;
        }
        catch (FormatException ex) { throw new ValidationException("age", "not a number: '" + text + "'", ex); }
    }

    static void Main()
    {
        var errors = new List<string>();
        foreach (var input in new string[] { "42", "-1", "abc", "200", "7" })
        {
            try { Console.WriteLine("ok " + ParseAge(input)); }
            catch (ValidationException ex)
            {
                var detail = ex.Field + ": " + ex.Message;
                if (ex.InnerException != null) detail += " (caused by " + ex.InnerException.GetType().Name + ")";
                errors.Add(detail);
            }
        }
        foreach (var e in errors) Console.WriteLine(e);
        try { throw new InvalidOperationException("outer", new ArgumentNullException("param")); }
        catch (InvalidOperationException ex) { Console.WriteLine(ex.Message + " <- " + ((ArgumentNullException)ex.InnerException).ParamName); }
        Exception ex2 = new NotImplementedException();
        Console.WriteLine(ex2 is SystemException);
        try { int[] arr = null; Console.WriteLine(arr.Length); }
        catch (NullReferenceException) { Console.WriteLine("null array"); }
        catch (Exception) { Console.WriteLine("other"); }
    }
}
