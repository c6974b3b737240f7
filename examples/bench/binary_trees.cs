// test: mono-run
// Binary-trees of the Benchmarks Game: many short-lived trees and one long-lived tree, a
// workout for the allocator and collector. Argument: the maximum depth (default 10).
using System;

class TreeNode {
    readonly TreeNode left, right;
    TreeNode(TreeNode left, TreeNode right) { this.left = left; this.right = right; }

    public static TreeNode Bottom(int depth) {
        return depth > 0 ? new TreeNode(Bottom(depth - 1), Bottom(depth - 1)) : new TreeNode(null, null);
    }

    public int Check() { return left == null ? 1 : 1 + left.Check() + right.Check(); }
}

static class BinaryTrees {
    static void Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10;
        int minDepth = 4;
        int maxDepth = Math.Max(minDepth + 2, n);
        int stretch = maxDepth + 1;
        Console.WriteLine("stretch tree of depth " + stretch + "\t check: " + TreeNode.Bottom(stretch).Check());
        var longLived = TreeNode.Bottom(maxDepth);
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += TreeNode.Bottom(depth).Check();
            Console.WriteLine(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + longLived.Check());
    }
}
