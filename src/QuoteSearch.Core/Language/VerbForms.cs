namespace QuoteSearch.Core.Language;

/// <summary>
/// The forms of an English verb from its lemma: the lemma, -s, past, past participle and -ing. Irregular pasts and
/// doubled consonants come from irregular-verbs.tsv, irregular -ing forms from verb-gerunds.tsv (both vendored, see
/// Data/README.md); the rest follows the regular spelling rules.
/// </summary>
internal static class VerbForms
{
    private static readonly Lazy<ILookup<string, string>> Pasts = new(() => WordData.Rows("irregular-verbs.tsv")
        .SelectMany(r => r.Skip(1).Select(form => (Lemma: r[0], Form: form)))
        .ToLookup(p => p.Lemma, p => p.Form, StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<Dictionary<string, string>> Gerunds = new(() => WordData.Rows("verb-gerunds.tsv")
        .ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase));

    /// <summary>The distinct forms of one lowercase lemma, the lemma first.</summary>
    public static IReadOnlyList<string> Of(string lemma) => new[] { lemma }.Concat(Inflections(lemma)).Distinct().ToList();

    /// <summary>The -s, -ing, past and participle forms of a lowercase lemma; the lemma only if one of them is it ("read").</summary>
    public static IReadOnlyList<string> Inflections(string lemma)
    {
        var forms = new List<string> { ThirdPerson(lemma) };
        var gerund = Gerund(lemma);
        forms.Add(gerund);
        var pasts = Pasts.Value[lemma].ToList();
        forms.AddRange(pasts.Count > 0 ? pasts : [RegularPast(lemma, gerund)]);
        // The gerund list spells British "labelling"; American news writes "labeling", "labeled" as well.
        if (pasts.Count == 0 && lemma.EndsWith('l') && gerund == lemma + "ling")
        {
            forms.Add(lemma + "ing");
            forms.Add(lemma + "ed");
        }
        return forms.Distinct().ToList();
    }

    private static string ThirdPerson(string lemma)
    {
        if (EndsWithConsonantY(lemma)) return lemma[..^1] + "ies";
        string[] sibilants = ["s", "x", "z", "ch", "sh"];
        var addsEs = sibilants.Any(s => lemma.EndsWith(s, StringComparison.Ordinal))
            || (lemma.EndsWith('o') && !lemma.EndsWith("oo", StringComparison.Ordinal));
        return addsEs ? lemma + "es" : lemma + "s";
    }

    /// <summary>The -ing form of a lowercase lemma ("quip" → "quipping").</summary>
    public static string Gerund(string lemma) => Gerunds.Value.GetValueOrDefault(lemma) ?? RegularGerund(lemma);

    private static string RegularGerund(string lemma) =>
        lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) && !lemma.EndsWith("ye", StringComparison.Ordinal)
        && !lemma.EndsWith("oe", StringComparison.Ordinal) && lemma.Length > 2
            ? lemma[..^1] + "ing"
            : lemma + "ing";

    /// <summary>The regular past; a gerund that doubles the last consonant or adds a k ("panicking") says the past does.</summary>
    private static string RegularPast(string lemma, string gerund)
    {
        if (gerund.Length == lemma.Length + 4 && gerund.StartsWith(lemma, StringComparison.Ordinal)) return gerund[..^3] + "ed";
        if (lemma.EndsWith('e')) return lemma + "d";
        return EndsWithConsonantY(lemma) ? lemma[..^1] + "ied" : lemma + "ed";
    }

    private static bool EndsWithConsonantY(string word) => word.Length > 1 && word[^1] == 'y' && !"aeiou".Contains(word[^2]);
}
