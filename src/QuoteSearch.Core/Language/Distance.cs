namespace QuoteSearch.Core.Language;

internal static class Distance
{
    /// <summary>True when the two words differ by at most one insertion, deletion or substitution (case-insensitive).</summary>
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        // Lowered into stack buffers, as string.ToLowerInvariant would: asked for every pair of surnames an article names.
        const int OnStack = 128;
        Span<char> lowerA = a.Length <= OnStack ? stackalloc char[a.Length] : new char[a.Length];
        Span<char> lowerB = b.Length <= OnStack ? stackalloc char[b.Length] : new char[b.Length];
        a.AsSpan().ToLowerInvariant(lowerA);
        b.AsSpan().ToLowerInvariant(lowerB);
        return AtMostOne(lowerA, lowerB);
    }

    private static bool AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length || i == b.Length) return true;
        return a.Length == b.Length ? a[(i + 1)..].SequenceEqual(b[(i + 1)..])
            : a.Length > b.Length ? a[(i + 1)..].SequenceEqual(b[i..])
            : a[i..].SequenceEqual(b[(i + 1)..]);
    }

    /// <summary>The number of insertions, deletions and substitutions that turn one word into the other.</summary>
    public static int Levenshtein(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
