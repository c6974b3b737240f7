using System;

namespace Net
{
    public class HttpError : Exception
    {
        public int Status { get; }
        public HttpError(int status, string message) : base(message) { Status = status; }
    }

    public class TimeoutError : HttpError
    {
        public TimeoutError() : base(504, "gateway timeout") { }
    }

    public static class Client
    {
        public static string Get(string path)
        {
            switch (path)
            {
                case "/": return "home";
                case "/missing": throw new HttpError(404, "not found");
                case "/slow": throw new TimeoutError();
                case "/crash": throw new HttpError(500, "server error");
                default: throw new ArgumentException("bad path " + path);
            }
        }
    }
}
