// test: cls
namespace Lib {
    public class Free { public void Put(uint x) { } public void put(uint y) { } public ulong Big; }
}
