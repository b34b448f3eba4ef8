using System.Collections.Frozen;
using System.Reflection;

namespace QuoteSearch.Core.Language;

/// <summary>
/// Reads the word lists embedded from Language/Data: one entry a line, '#' starts a comment, blank lines are
/// skipped. Tab-separated files give one row of fields a line.
/// </summary>
internal static class WordData
{
    private const string Prefix = "QuoteSearch.Core.Language.Data.";

    /// <summary>The names of every embedded data file, for checks over all of them.</summary>
    public static IEnumerable<string> FileNames => typeof(WordData).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..]);

    /// <summary>The entries of a data file, trimmed, in file order, duplicates kept (a test looks for them).</summary>
    public static IReadOnlyList<string> Entries(string file)
    {
        using var stream = typeof(WordData).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"No embedded word data file {file}.");
        using var reader = new StreamReader(stream);
        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0) entries.Add(entry);
        }
        return entries;
    }

    /// <summary>The rows of a tab-separated data file.</summary>
    public static IReadOnlyList<string[]> Rows(string file) => Entries(file).Select(e => e.Split('\t')).ToList();

    /// <summary>A data file as a case-insensitive set, frozen: built once, then asked about nearly every token.</summary>
    public static FrozenSet<string> Set(string file) => Entries(file).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
