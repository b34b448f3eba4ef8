using System.Globalization;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Extracts and indexes articles, committing every <see cref="BatchSize"/> articles and at the end. Commit
/// user data counts what has been ingested so far, so a crash loses at most the uncommitted batch and a
/// re-run (upsert by id) fills it in without duplicates.
/// </summary>
public sealed class Ingest(QuoteIndex index, ExtractionPipeline pipeline)
{
    public int BatchSize { get; init; } = 500;

    private int sinceCommit;

    public ExtractedArticle Add(Article article)
    {
        var extracted = pipeline.Extract(article);
        index.Upsert(extracted);
        if (++sinceCommit >= BatchSize) Commit();
        return extracted;
    }

    public void Commit()
    {
        var previous = index.CommitData.TryGetValue("ingested_articles", out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var n) ? n : 0;
        index.Commit(new Dictionary<string, string>
        {
            ["ingested_articles"] = (previous + sinceCommit).ToString(CultureInfo.InvariantCulture),
        });
        sinceCommit = 0;
    }
}
