using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Identity;

/// <summary>
/// Given names that are one person's: the same name, or a variant or diminutive from the vendored nickname dataset
/// (Language/Data/given-name-variants.csv, see its README). A pair counts when the line of the longer name lists
/// the shorter (a diminutive: "timothy" lists "tim") or each line lists the other ("bill" and "william"); a one-way
/// entry from a nickname to a longer name ("bill" → "robert") does not, so two people sharing a surname stay apart.
/// </summary>
public static class GivenNames
{
    private static readonly Lazy<HashSet<(string, string)>> Pairs = new(Load);

    private static readonly Lazy<HashSet<string>> Known = new(() =>
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in WordData.Entries("given-name-variants.csv")) known.UnionWith(line.Split(','));
        foreach (var row in WordData.Rows("first-names.tsv")) known.Add(row[0].ToLowerInvariant());
        return known;
    });

    /// <summary>True when two folded given names ("tim", "timothy") can be one person's.</summary>
    public static bool Same(string a, string b) => a == b || Pairs.Value.Contains((a, b));

    /// <summary>True for a folded word that the datasets know as a given name ("lily", "owen").</summary>
    public static bool IsKnown(string word) => Known.Value.Contains(word);

    private static HashSet<(string, string)> Load()
    {
        var listed = new HashSet<(string Name, string Variant)>();
        foreach (var line in WordData.Entries("given-name-variants.csv"))
        {
            var names = line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var variant in names.Skip(1)) listed.Add((names[0], variant));
        }
        var pairs = new HashSet<(string, string)>();
        foreach (var (name, variant) in listed)
        {
            var diminutive = variant.Length < name.Length;
            if (!diminutive && !listed.Contains((variant, name))) continue;
            pairs.Add((name, variant));
            pairs.Add((variant, name));
        }
        return pairs;
    }
}
