using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
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
    /// Extracts on every core and indexes on one thread, the stages joined by a bounded queue so neither waits
    /// for the other (<see cref="QueueCapacity"/> articles in flight at most). The source is read by one
    /// extraction thread at a time, so it may report progress and errors as it goes; <paramref name="added"/>
    /// runs on the indexing thread, once per article. The first error of either stage stops both and is thrown.
    /// </summary>
    public void AddAll(IEnumerable<Article> articles, Action<ExtractedArticle>? added = null)
    {
        var queue = Channel.CreateBounded<ExtractedArticle>(new BoundedChannelOptions(QueueCapacity) { SingleReader = true });
        using var stop = new CancellationTokenSource();
        var indexing = Task.Run(async () =>
        {
            try
            {
                await foreach (var extracted in queue.Reader.ReadAllAsync(CancellationToken.None))
                {
                    AddExtracted(extracted);
                    added?.Invoke(extracted);
                }
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        });
        Exception? extractionError = null;
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stop.Token };
            Parallel.ForEach(articles.Chunk(ArticlesPerTurn), parallel, chunk =>
            {
                foreach (var article in chunk)
                {
                    var extracted = pipeline.Extract(article);
                    if (!queue.Writer.TryWrite(extracted)) queue.Writer.WriteAsync(extracted, stop.Token).AsTask().GetAwaiter().GetResult();
                }
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The indexing stage failed first: its error is the one to report.
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            extractionError = e.InnerExceptions[0];
        }
        catch (Exception e)
        {
            extractionError = e;
        }
        queue.Writer.TryComplete();
        // What was extracted before an extraction error is still indexed; then that error is thrown.
        try
        {
            indexing.GetAwaiter().GetResult();
        }
        catch when (extractionError is not null)
        {
        }
        if (extractionError is not null) ExceptionDispatchInfo.Throw(extractionError);
    }

    private const int ArticlesPerTurn = 8;
    private const int QueueCapacity = 256;

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
