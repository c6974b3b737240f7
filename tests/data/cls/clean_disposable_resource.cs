// test: cls
using System;
[assembly: CLSCompliant(true)]
namespace Lib {
    public class Resource : IDisposable {
        bool disposed;
        public bool IsDisposed { get { return disposed; } }
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected virtual void Dispose(bool disposing) { disposed = true; }
        ~Resource() { Dispose(false); }
    }
}
