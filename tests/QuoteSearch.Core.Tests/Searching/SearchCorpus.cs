using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

/// <summary>A small index of articles written for the search tests, from a JSON Lines feed.</summary>
public sealed class SearchCorpus : IDisposable
{
    private readonly TempDir folder = new();

    public SearchCorpus()
    {
        var feed = folder.File("feed.jsonl", string.Join('\n',
            Line("kyiv-1", "https://a.example/kyiv-1", "2026-01-10", "Kyiv holds firm",
                "“We will not let the talks fail,” said Mykola Haldensky.\n\n“Prisoner exchanges are moving forward,” Haldensky added."),
            Line("kyiv-2", "https://b.example/kyiv-2", "2026-02-05", "Air defence",
                "“We need air defence now,” Haldenskyy said on Thursday."),
            Line("kyiv-3", "https://c.example/kyiv-3", "2026-02-06", "Talks again",
                "\"We will NOT let the talks fail!\" said Mykola Haldensky."),
            Line("dc-1", "https://a.example/dc-1", "2025-12-01", "Two Brekkes",
                "“Ferries are a public service,” Marta Brekke said.\n\n“The budget comes first,” Jonas Brekke said.\n\n"
                + "“Both matter to <b>us</b>,” Brekke said.")));
        Index = TestIndexes.Build(Path.Combine(folder.Path, "index"), feed);
    }

    public QuoteIndex Index { get; }

    private static string Line(string id, string url, string published, string title, string text) =>
        System.Text.Json.JsonSerializer.Serialize(new { id, url, published, title, text });

    public void Dispose()
    {
        Index.Dispose();
        folder.Dispose();
    }
}
