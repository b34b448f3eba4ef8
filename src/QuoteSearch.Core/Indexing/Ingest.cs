using System.Globalization;
using System.Runtime.ExceptionServices;
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
    private readonly object commitLock = new();
    private long sinceCommit;

    public int BatchSize { get; init; } = 5000;

    public ExtractedArticle Add(Article article)
    {
        var extracted = pipeline.Extract(article);
        AddExtracted(extracted);
        return extracted;
    }

    /// <summary>Indexes an article extracted elsewhere.</summary>
    public void AddExtracted(ExtractedArticle extracted)
    {
        index.Upsert(extracted);
        if (Interlocked.Increment(ref sinceCommit) >= BatchSize) CommitIfDue();
    }

    /// <summary>
    /// Extracts and indexes on every core: the one IndexWriter takes documents from several threads. The
    /// source is read by one thread at a time, so it may report progress and errors as it goes. Each thread
    /// extracts a few articles and then indexes them: alternating article by article kept evicting one stage's
    /// working set from the cache for the other (20k synthetic articles: 1,326 → 1,474 articles/s).
    /// </summary>
    /// <remarks>
    /// One indexing thread fed by extraction threads through a bounded queue was tried: the indexing thread became
    /// the bottleneck (a sampled profile of PolNeAR train ×10 showed it busy for the whole run while extraction
    /// waited), because indexing a quote document per quote costs as much as extracting it. Here each core does
    /// both, so neither stage can leave a core idle. An error stops every thread; the first is thrown as itself.
    /// <paramref name="added"/> runs once per article, on whichever thread indexed it: it must be thread-safe.
    /// <paramref name="failed"/>, when given, receives an article whose extraction threw (a fault its text met in the
    /// extraction code) with the exception, and the other articles go on; it must be thread-safe too. Without it, or
    /// for an error of the source or the index, every thread stops.
    /// </remarks>
    public void AddAll(
        IEnumerable<Article> articles, Action<ExtractedArticle>? added = null, Action<Article, Exception>? failed = null)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.ForEach(articles.Chunk(ArticlesPerTurn), parallel, chunk =>
            {
                var extractedChunk = new List<ExtractedArticle>(chunk.Length);
                foreach (var article in chunk)
                {
                    if (Extract(article, failed) is { } one) extractedChunk.Add(one);
                }
                foreach (var extracted in extractedChunk)
                {
                    AddExtracted(extracted);
                    added?.Invoke(extracted);
                }
            });
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private const int ArticlesPerTurn = 32;

    private ExtractedArticle? Extract(Article article, Action<Article, Exception>? failed)
    {
        if (failed is null) return pipeline.Extract(article);
        try
        {
            return pipeline.Extract(article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failed(article, e);
            return null;
        }
    }

    public void Commit()
    {
        lock (commitLock)
        {
            var batch = Interlocked.Exchange(ref sinceCommit, 0);
            var previous = index.CommitData.TryGetValue("ingested_articles", out var text)
                && long.TryParse(text, CultureInfo.InvariantCulture, out var n)
                    ? n
                    : 0;
            index.Commit(new Dictionary<string, string>
            {
                ["ingested_articles"] = (previous + batch).ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    private void CommitIfDue()
    {
        lock (commitLock)
        {
            if (Interlocked.Read(ref sinceCommit) >= BatchSize) Commit();
        }
    }
}
