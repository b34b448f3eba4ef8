using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

/// <summary>
/// Invented articles where a reported statement or a partial quote and a whole direct quote carry the same words.
/// The statements and fragments are indexed first: on an equal score Lucene puts the lower document first, so
/// only the ranking by kind can put the direct quote ahead.
/// </summary>
public sealed class RankingCorpus : IDisposable
{
    private readonly TempDir folder = new();

    public RankingCorpus()
    {
        var feed = folder.File("feed.jsonl", string.Join('\n',
            Line("bridge-statement", "2026-03-02", "Tobias Lindgren said the harbour bridge will reopen in the spring."),
            Line("promise-partial", "2026-03-03",
                "Marta Eklund called the plan “a promise for the spring” on Monday.\n\n“A promise for the spring,” Marta Eklund said."),
            Line("lantern-statement", "2026-03-04", "Tobias Lindgren said the lanterns will be lit all winter."),
            Line("bridge-direct", "2026-03-01", "“The harbour bridge will reopen in the spring,” said Tobias Lindgren."),
            Line("winter-direct", "2026-03-05", "“Winter is long,” said Marta Eklund.")));
        Index = TestIndexes.Build(Path.Combine(folder.Path, "index"), feed);
    }

    public QuoteIndex Index { get; }

    private static string Line(string id, string published, string text) => System.Text.Json.JsonSerializer.Serialize(
        new { id, url = $"https://harbour-gazette.example/{id}", published, title = "Harbour news", text });

    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
    }
}
