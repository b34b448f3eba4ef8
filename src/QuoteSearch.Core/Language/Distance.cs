namespace QuoteSearch.Core.Language;

internal static class Distance
{
    /// <summary>True when the two words differ by at most one insertion, deletion or substitution (case-insensitive).</summary>
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length || i == b.Length) return true;
        return a.Length == b.Length ? a[(i + 1)..] == b[(i + 1)..]
            : a.Length > b.Length ? a[(i + 1)..] == b[i..]
            : a[i..] == b[(i + 1)..];
    }
}
