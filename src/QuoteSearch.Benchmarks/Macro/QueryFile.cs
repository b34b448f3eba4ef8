using System.Globalization;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Benchmarks.Macro;

/// <summary>
/// Writes the HTTP load's query file: one <c>/api/quotes</c> request path a line, most popular first (see
/// <see cref="QueryMix"/>), drawn from quotes sampled at random across the whole index. scripts/http-queries.lua reads it.
/// </summary>
internal static class QueryFile
{
    public const int DefaultCount = 1200;
    public const int DefaultSeed = 19;

    /// <summary>Quotes sampled per request written: enough that no quote is drawn over and over.</summary>
    private const int SamplesPerQuery = 4;

    /// <summary>Writes the file and returns how many requests it holds.</summary>
    public static int Write(QuoteIndex index, string path, int count, int seed)
    {
        var samples = Sample(index, count * SamplesPerQuery, seed);
        var paths = QueryMix.From(samples, count, seed);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllLines(path, paths);
        return paths.Count;
    }

    /// <summary>Up to <paramref name="size"/> live quotes at random document numbers (articles and deleted ones are skipped).</summary>
    public static IReadOnlyList<QuerySample> Sample(QuoteIndex index, int size, int seed) => index.Read(searcher =>
    {
        var random = new Random(seed);
        var reader = searcher.IndexReader;
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var samples = new List<QuerySample>(size);
        for (var attempt = 0; samples.Count < size && attempt < size * 20 && reader.MaxDoc > 0; attempt++)
        {
            var doc = random.Next(reader.MaxDoc);
            if (live is not null && !live.Get(doc)) continue;
            if (StoredQuotes.Read(searcher, [doc]) is not [var quote]) continue;
            samples.Add(new QuerySample(quote.Text, quote.SpeakerId, Day(quote.Article.Published)));
        }
        return (IReadOnlyList<QuerySample>)samples;
    });

    private static DateOnly? Day(string? published) =>
        DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
