using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Tests.Support;

/// <summary>Indexes written for tests: every article of some files or folders, extracted and committed.</summary>
public static class TestIndexes
{
    /// <summary>Opens (creating) the index at <paramref name="folder"/> and ingests every article of <paramref name="inputs"/>.</summary>
    public static QuoteIndex Build(string folder, params string[] inputs)
    {
        var index = QuoteIndex.Open(folder, writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        foreach (var outcome in ArticleFileReader.CreateDefault().ReadAll(inputs)) ingest.Add(outcome.Article!);
        ingest.Commit();
        return index;
    }
}
