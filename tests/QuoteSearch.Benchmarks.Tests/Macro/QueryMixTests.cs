using System.Web;
using QuoteSearch.Benchmarks.Macro;

namespace QuoteSearch.Benchmarks.Tests.Macro;

public sealed class QueryMixTests
{
    private static readonly string[] Names = ["tobias-lindgren", "mara-quist", "the-harbour-gazette", "ines-okafor"];

    private static readonly string[] Words =
        ["bridge", "harbour", "tolls", "ferries", "council", "budget", "spring", "winter", "schools", "housing", "rivers", "trains"];

    /// <summary>Invented quotes: three to nine words each, a speaker on most, a date on most.</summary>
    private static List<QuerySample> Samples(int count)
    {
        var random = new Random(3);
        return Enumerable.Range(0, count).Select(i => new QuerySample(
            "“" + string.Join(' ', Enumerable.Range(0, 3 + random.Next(7)).Select(_ => Words[random.Next(Words.Length)])) + $" the {i},”",
            i % 5 == 0 ? null : $"{Names[random.Next(Names.Length)]}-{i % 40}",
            i % 7 == 0 ? null : new DateOnly(2025, 1, 1).AddDays(i % 400))).ToList();
    }

    private static Dictionary<string, string?> Parameters(string path)
    {
        var query = HttpUtility.ParseQueryString(path[(path.IndexOf('?') + 1)..]);
        return query.AllKeys.ToDictionary(k => k!, k => query[k]);
    }

    private static string Kind(string path) => string.Join('+', Parameters(path).Keys.Order());

    [Fact]
    public void Gives_the_number_asked_for_every_one_distinct_and_a_quote_search()
    {
        var paths = QueryMix.From(Samples(4000), 1200, seed: 19);

        Assert.Equal(1200, paths.Count);
        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.All(paths, p => Assert.StartsWith("/api/quotes?", p));
    }

    [Fact]
    public void Mixes_words_phrases_speakers_and_date_ranges()
    {
        var kinds = QueryMix.From(Samples(4000), 1200, seed: 19).GroupBy(Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["from+q+to", "q", "q+speaker", "sort+speaker"], kinds.Keys.Order());
        Assert.All(kinds.Values, count => Assert.True(count >= 60, $"a kind with only {count} requests"));
        var phrases = QueryMix.From(Samples(4000), 1200, seed: 19).Select(p => Parameters(p).GetValueOrDefault("q"));
        Assert.True(phrases.Count(q => q?.StartsWith('"') == true) >= 100);
    }

    [Fact]
    public void Draws_its_words_and_phrases_from_the_quotes()
    {
        var samples = Samples(4000);
        var texts = samples.Select(s => s.Text.ToLowerInvariant()).ToList();
        foreach (var path in QueryMix.From(samples, 1200, seed: 19))
        {
            var q = Parameters(path).GetValueOrDefault("q");
            if (q is null) continue;
            var words = q.Trim('"');
            Assert.Contains(texts, t => t.Contains(words, StringComparison.Ordinal));
            if (!q.StartsWith('"')) Assert.True(words.Length >= QueryMix.MinWordLength && words != "the", words);
        }
    }

    [Fact]
    public void A_date_range_holds_the_quote_it_was_drawn_from()
    {
        var only = new QuerySample("“The harbour bridge opens,”", "tobias-lindgren", new DateOnly(2026, 2, 6));
        var ranged = QueryMix.From([only], 50, seed: 1).Select(Parameters).Where(p => p.ContainsKey("from")).ToList();

        Assert.NotEmpty(ranged);
        Assert.All(ranged, p => Assert.Equal(("2026-01-06", "2026-04-06"), (p["from"], p["to"])));
    }

    [Fact]
    public void The_same_seed_gives_the_same_list_and_another_seed_another()
    {
        var samples = Samples(2000);

        Assert.Equal(QueryMix.From(samples, 500, seed: 4), QueryMix.From(samples, 500, seed: 4));
        Assert.NotEqual(QueryMix.From(samples, 500, seed: 4), QueryMix.From(samples, 500, seed: 5));
    }

    [Fact]
    public void Without_speakers_or_dates_it_asks_only_for_words_and_phrases()
    {
        var samples = Samples(500).Select(s => s with { SpeakerId = null, Published = null }).ToList();

        var kinds = QueryMix.From(samples, 300, seed: 2).Select(Kind).Distinct();

        Assert.Equal(["q"], kinds);
    }
}
