namespace QuoteSearch.Core.Indexing;

/// <summary>Messages about the index itself, in one place.</summary>
internal static class IndexErrors
{
    public static string Missing(string path) => $"{path}: no index here yet (run `index` first)";
    public static string Locked(string path) => $"{path}: the index is being written by another process (is `serve` or `index` running?)";
    public static string OtherFormat(string path, int found, int expected) =>
        $"{path}: the index was written in layout {found} and this QuoteSearch reads layout {expected}; "
        + "index the articles again into an empty folder (or delete this one)";
    public static string NothingCommitted(string path) =>
        $"{path}: no index here yet: an `index` run stopped before its first commit (run `index` again)";

    public static string Unreadable(string path, string reason) =>
        $"{path}: cannot open the index: {FirstLine(reason)}; move the folder aside and index the articles again into an empty one";

    private static string FirstLine(string reason) => reason.Split('\n')[0].Trim().TrimEnd('.');
}
