using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution.Candidates;

namespace QuoteSearch.Training;

/// <summary>
/// Which candidates of a quote are its speaker by PolNeAR's annotation. The quote is matched to the gold attribution
/// whose content holds at least 80% of its words (as the project's scorer matches). A source mention that names
/// someone ("Brandvik, a top surrogate,") makes every candidate with that surname right; a pronoun or description
/// ("he", "the senator") makes right the candidates proposed from those very words. Null: no gold quote matches.
/// </summary>
internal static class CandidateLabels
{
    private const double MinCoverage = 0.8;
    private static readonly HashSet<string> NotNames = new(
        "the a an he she it they we i you his her their this that these those mr mrs ms dr".Split(' '), StringComparer.Ordinal);

    public static bool[]? Of(CandidateSet set, IReadOnlyList<GoldAttribution> gold)
    {
        if (Match(set, gold) is not { } match) return null;
        var named = NamesIn(match.SourceText);
        var sourceWords = Words.Of(match.SourceText);
        if (named.Count > 0) return set.Candidates.Select(c => named.Contains(Surname(c.Speaker.Name))).ToArray();
        // "he": the candidate read from that very pronoun, or the person the run of attributions last named.
        var antecedent = IsPersonalPronoun(match.SourceText) ? Antecedent(gold, match) : [];
        return set.Candidates.Select(c => FromWords(c, sourceWords) || antecedent.Contains(Surname(c.Speaker.Name))).ToArray();
    }

    /// <summary>The gold attribution whose content holds most of the quote's words, at least 80% of them.</summary>
    private static GoldAttribution? Match(CandidateSet set, IReadOnlyList<GoldAttribution> gold)
    {
        var quoteWords = Words.Of(set.QuoteText);
        if (quoteWords.Count == 0) return null;
        return gold.Where(g => g.Kind is "direct" or "mixed")
            .Select(g => (Gold: g, Overlap: Words.Overlap(quoteWords, Words.Of(g.ContentText))))
            .Where(m => m.Overlap >= MinCoverage * quoteWords.Count)
            .OrderByDescending(m => m.Overlap)
            .Select(m => m.Gold)
            .FirstOrDefault();
    }

    /// <summary>
    /// The names of the nearest attribution before <paramref name="match"/> that names its source: "he" in a run of
    /// attributions is, far more often than not, the person the run last named.
    /// </summary>
    private static HashSet<string> Antecedent(IReadOnlyList<GoldAttribution> gold, GoldAttribution match)
    {
        var at = IndexOf(gold, match);
        for (var i = at - 1; i >= 0 && at - i <= MaxAntecedentDistance; i--)
        {
            var names = NamesIn(gold[i].SourceText);
            if (names.Count > 0) return names;
        }
        return [];
    }

    private const int MaxAntecedentDistance = 6;

    private static int IndexOf(IReadOnlyList<GoldAttribution> gold, GoldAttribution match)
    {
        for (var i = 0; i < gold.Count; i++) if (ReferenceEquals(gold[i], match)) return i;
        return -1;
    }

    private static bool IsPersonalPronoun(string source) => Words.Of(source) is [("he" or "she" or "i")];

    /// <summary>The capitalised words of a source mention, lowercased, less determiners, pronouns and titles.</summary>
    private static HashSet<string> NamesIn(string source) =>
        source.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsUpper(w[0]))
            .SelectMany(Words.Of)
            .Select(StripPossessive)
            .Where(w => !NotNames.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    private static bool FromWords(SpeakerCandidate candidate, List<string> sourceWords) =>
        sourceWords.Count > 0 && candidate.Proposals.Any(p =>
        {
            var mention = Words.Of(p.Mention.Text);
            return mention.Count > 0 && mention.All(sourceWords.Contains);
        });

    private static string Surname(string name) => StripPossessive(Words.Of(name).LastOrDefault() ?? "");

    private static string StripPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
}
