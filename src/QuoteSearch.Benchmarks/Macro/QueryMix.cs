using Lucene.Net.Analysis.En;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// A realistic mix of <c>/api/quotes</c> requests drawn from indexed quotes, so each one finds something: single
/// words, two-word exact phrases, a word with the quote's speaker, a speaker's quotes newest first ("everything X
/// said"), and a word within the three months around the quote's date. Every request is distinct; the list's order
/// is the popularity rank the load script gives them (a Zipf law), and the kinds are interleaved at random, so
/// popularity does not follow kind. Deterministic for a seed.
/// </summary>
internal static class QueryMix
{
    public const int MinWordLength = 4;

    /// <summary>Share of each kind, in that order: words, phrases, word + speaker, speaker only, word + date range.</summary>
    private static readonly (QueryKind Kind, int Percent)[] Shares =
        [(QueryKind.Word, 30), (QueryKind.Phrase, 20), (QueryKind.WordAndSpeaker, 20), (QueryKind.Speaker, 20), (QueryKind.DateRange, 10)];

    /// <summary>
    /// Up to <paramref name="count"/> distinct request paths (<c>/api/quotes?...</c>, values percent-encoded); fewer only
    /// when the samples cannot give that many (few quotes, or none with a speaker or a date).
    /// </summary>
    public static IReadOnlyList<string> From(IReadOnlyList<QuerySample> samples, int count, int seed)
    {
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var paths = new List<string>(count);
        if (samples.Count == 0) return paths;
        for (var attempt = 0; paths.Count < count && attempt < count * 50; attempt++)
        {
            var sample = samples[random.Next(samples.Count)];
            if (Path(Pick(random), sample, random) is { } path && seen.Add(path)) paths.Add(path);
        }
        return paths;
    }

    private static QueryKind Pick(Random random)
    {
        var roll = random.Next(100);
        foreach (var (kind, percent) in Shares)
        {
            if (roll < percent) return kind;
            roll -= percent;
        }
        return QueryKind.Word;
    }

    private static string? Path(QueryKind kind, QuerySample sample, Random random)
    {
        var words = ContentWords(sample.Text);
        string? Word() => words.Count == 0 ? null : words[random.Next(words.Count)];
        return kind switch
        {
            QueryKind.Word => Word() is { } w ? Request(("q", w)) : null,
            QueryKind.Phrase => Phrase(sample.Text, random) is { } p ? Request(("q", $"\"{p}\"")) : null,
            QueryKind.WordAndSpeaker => Word() is { } w && sample.SpeakerId is { } s ? Request(("q", w), ("speaker", s)) : null,
            QueryKind.Speaker => sample.SpeakerId is { } s ? Request(("speaker", s), ("sort", "date")) : null,
            _ => Word() is { } w && sample.Published is { } day
                ? Request(("q", w), ("from", Iso(day.AddMonths(-1))), ("to", Iso(day.AddMonths(2)))) : null,
        };
    }

    /// <summary>Lower-case words of letters only, long enough and not stop words: what a reader would type.</summary>
    public static List<string> ContentWords(string text) =>
        Words(text).Where(w => w.Length >= MinWordLength && !EnglishAnalyzer.DefaultStopSet.Contains(w)).ToList();

    /// <summary>Two adjacent words of the quote, as they stand (stop words kept, as an exact phrase keeps them).</summary>
    private static string? Phrase(string text, Random random)
    {
        var tokens = Tokens(text);
        var starts = Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Where(i => IsWord(tokens[i]) && IsWord(tokens[i + 1])).ToList();
        if (starts.Count == 0) return null;
        var at = starts[random.Next(starts.Count)];
        return $"{tokens[at]} {tokens[at + 1]}";
    }

    private static IEnumerable<string> Words(string text) => Tokens(text).Where(IsWord);

    // Punctuation inside a token (a number, "we're") keeps it out: the two words of a phrase stand next to each other.
    private static List<string> Tokens(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(',', '.', ';', ':', '!', '?', '“', '”', '"', '‘', '’', '\'', '(', ')').ToLowerInvariant())
            .ToList();

    private static bool IsWord(string token) => token.Length > 0 && token.All(char.IsLetter);

    private static string Request(params (string Name, string Value)[] parameters) =>
        "/api/quotes?" + string.Join('&', parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private enum QueryKind { Word, Phrase, WordAndSpeaker, Speaker, DateRange }
}
