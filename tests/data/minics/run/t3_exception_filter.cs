// test: mono-run
using System;

class HttpError : Exception
{
    public int Status;
    public HttpError(int status) : base("HTTP " + status) { Status = status; }
}

class TransientError : Exception { }

class Program
{
    static bool Log(string what)
    {
        Console.WriteLine("  filter evaluated: " + what);
        return false;
    }

    static string Handle(int status)
    {
        try
        {
            throw new HttpError(status);
        }
        catch (HttpError e) when (Log("status " + e.Status))
        {
            return "never (filter only logs)";
        }
        catch (HttpError e) when (e.Status == 404)
        {
            return "not found";
        }
        catch (HttpError e) when (e.Status >= 500)
        {
            return "server error " + e.Status;
        }
        catch (HttpError e)
        {
            return "other " + e.Message;
        }
    }

    static void Main()
    {
        Console.WriteLine(Handle(404));
        Console.WriteLine(Handle(503));
        Console.WriteLine(Handle(302));
        try
        {
            try
            {
                throw new InvalidOperationException("outer should catch");
            }
            catch (InvalidOperationException e) when (e.Message.StartsWith("inner"))
            {
                Console.WriteLine("inner caught");
            }
        }
        catch (InvalidOperationException e) when (e.Message.Contains("outer"))
        {
            Console.WriteLine("outer caught: " + e.Message);
        }
        int retries = 0;
        for (int i = 0; i < 3; i++)
        {
            try
            {
                throw new TransientError();
            }
            catch (TransientError) when (retries++ < 2)
            {
                Console.WriteLine("retry " + retries);
            }
            catch (TransientError)
            {
                Console.WriteLine("giving up after " + retries);
            }
        }
    }
}
