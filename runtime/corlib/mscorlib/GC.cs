// System.GC: the collector's controls. clr-lite's collector is non-generational mark-sweep
// without finalizers, so generations are all 0 and the finalizer calls do nothing.

namespace System
{
    public static class GC
    {
        public static int MaxGeneration { get { return 0; } }

        public static void Collect() { RuntimeImports.GCCollect(); }

        public static void Collect(int generation) { RuntimeImports.GCCollect(); }

        public static long GetTotalMemory(bool forceFullCollection)
        {
            if (forceFullCollection) RuntimeImports.GCCollect();
            return RuntimeImports.GCTotalMemory();
        }

        public static int CollectionCount(int generation) { return RuntimeImports.GCCollectionCount(); }

        public static int GetGeneration(object obj) { return 0; }

        public static void KeepAlive(object obj) { }

        public static void SuppressFinalize(object obj) { }

        public static void ReRegisterForFinalize(object obj) { }

        public static void WaitForPendingFinalizers() { }
    }
}
