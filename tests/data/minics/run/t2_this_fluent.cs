// test: mono-run
using System;

class QueryBuilder
{
    private string table = "?";
    private string where = "";
    private int limit = -1;

    public QueryBuilder From(string table)
    {
        this.table = table;
        return this;
    }

    public QueryBuilder Where(string cond)
    {
        where = where.Length == 0 ? cond : where + " AND " + cond;
        return this;
    }

    public QueryBuilder Limit(int limit)
    {
        this.limit = limit;
        return this;
    }

    public string Build()
    {
        string q = "SELECT * FROM " + table;
        if (where.Length > 0) q += " WHERE " + where;
        if (limit >= 0) q += " LIMIT " + limit;
        return q;
    }
}

class Node
{
    public string Name;
    public Node Parent;
    public Node(string name, Node parent) { Name = name; Parent = parent; }
    public Node Child(string name) { return new Node(name, this); }
    public string Path() { return Parent == null ? Name : Parent.Path() + "/" + Name; }
    public bool IsSame(Node other) { return this == other; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(new QueryBuilder().From("users").Where("age > 18").Where("active").Limit(10).Build());
        Console.WriteLine(new QueryBuilder().From("t").Build());
        QueryBuilder q = new QueryBuilder();
        q.Where("x = 1");
        Console.WriteLine(q.Build());
        Node root = new Node("root", null);
        Node leaf = root.Child("usr").Child("local").Child("bin");
        Console.WriteLine(leaf.Path());
        Console.WriteLine(leaf.IsSame(leaf) + " " + leaf.IsSame(root));
    }
}
