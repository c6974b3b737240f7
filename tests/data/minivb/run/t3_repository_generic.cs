using System;
using System.Collections.Generic;

public interface IEntity { int Id { get; set; } }

public abstract class Repository<T> where T : IEntity, new()
{
    private readonly Dictionary<int, T> store = new Dictionary<int, T>();
    private int nextId = 1;
    public T Create(Action<T> init)
    {
        var item = new T();
        item.Id = nextId;
        nextId += 1;
        init(item);
        Validate(item);
        store.Add(item.Id, item);
        return item;
    }
    protected abstract void Validate(T item);
    public List<T> FindAll(Func<T, bool> pred)
    {
        var o = new List<T>();
        foreach (var kv in store) if (pred(kv.Value)) o.Add(kv.Value);
        return o;
    }
    public T GetById(int id)
    {
        T found;
        if (!store.TryGetValue(id, out found)) throw new KeyNotFoundException("no entity " + id);
        return found;
    }
    public int Count { get { return store.Count; } }
}

public class Customer : IEntity
{
    public int Id { get; set; }
    public string Name { get; set; }
    public bool Vip { get; set; }
}

public class CustomerRepository : Repository<Customer>
{
    protected override void Validate(Customer item) { if (string.IsNullOrEmpty(item.Name)) throw new ArgumentException("name required"); }
}

static class Program
{
    static void Main()
    {
        var repo = new CustomerRepository();
        repo.Create(c => c.Name = "Ann");
        repo.Create(c => { c.Name = "Bob"; c.Vip = true; });
        repo.Create(c => { c.Name = "Cy"; c.Vip = true; });
        try { repo.Create(c => c.Vip = false); }
        catch (ArgumentException ex) { Console.WriteLine("rejected: " + ex.Message); }
        Console.WriteLine(repo.Count);
        foreach (var c in repo.FindAll(x => x.Vip)) Console.WriteLine(c.Id + " " + c.Name);
        Console.WriteLine(repo.GetById(1).Name);
        try { repo.GetById(10); }
        catch (KeyNotFoundException ex) { Console.WriteLine(ex.Message); }
    }
}
