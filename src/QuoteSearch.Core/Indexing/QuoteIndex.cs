using QuoteSearch.Core.Language;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QuoteSearch.Core.Domain;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// The Lucene index on disk: the one <see cref="IndexWriter"/> (when opened for writing) and a
/// <see cref="SearcherManager"/> over the latest commit, refreshed at each commit and in the background, so
/// searches never wait for ingest and a committed article is searchable within a second.
/// </summary>
public sealed class QuoteIndex : IDisposable
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromMilliseconds(250);

    private readonly LuceneDirectory directory;
    private readonly IndexWriter? writer;
    private readonly WriterLock? held;
    private readonly SearcherManager searchers;
    private readonly Thread refresher;
    private readonly CancellationTokenSource stopping = new();
    private readonly object commitLock = new();
    private int pending;

    private readonly WarmingSearcherFactory warming;

    private QuoteIndex(LuceneDirectory directory, IndexWriter? writer, WarmingSearcherFactory warming, WriterLock? held)
    {
        this.directory = directory;
        this.writer = writer;
        this.held = held;
        this.warming = warming;
        warming.Add(PublishedDayKeys.Warm);
        searchers = new SearcherManager(directory, warming);
        // A thread of its own, not a thread-pool timer: a busy pool must not delay what "searchable within a second" promises.
        refresher = new Thread(RefreshLoop) { IsBackground = true, Name = "QuoteIndex refresh" };
        refresher.Start();
    }

    public string? Location { get; private init; }

    /// <summary>
    /// Opens the index in <paramref name="path"/>: for writing, creating it if needed; read-only opens take no write
    /// lock and never create anything (a missing folder is an error, and stays missing). A writer holds the
    /// folder's <see cref="WriterLock"/> until disposed, so a second writer in any process is refused. Errors are
    /// one line naming the folder and saying what to do: never an exception, whatever a killed writer left.
    /// </summary>
    public static Result<QuoteIndex> Open(string path, bool writable)
    {
        QuoteSearchCodec.Register();
        if (!writable && !System.IO.Directory.Exists(path)) return Result<QuoteIndex>.Fail(IndexErrors.Missing(path));
        LuceneDirectory? directory = null;
        WriterLock? held = null;
        try
        {
            if (writable)
            {
                System.IO.Directory.CreateDirectory(path);
                held = WriterLock.TryTake(path);
                if (held is null) return Result<QuoteIndex>.Fail(IndexErrors.Locked(path));
            }
            directory = new ReadAheadDirectory(new DirectoryInfo(path));
            var opened = writable ? OpenWriter(directory, path, held!) : OpenReader(directory, path);
            if (opened.Success) return opened;
            held?.Dispose();
            directory.Dispose();
            return opened;
        }
        catch (LockObtainFailedException)
        {
            Release(held, directory);
            return Result<QuoteIndex>.Fail(IndexErrors.Locked(path));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged file can make Lucene throw almost anything (IO, format, index out of range): one line, no trace.
            Release(held, directory);
            return Result<QuoteIndex>.Fail(IndexErrors.Unreadable(path, e.Message));
        }
    }

    private static void Release(WriterLock? held, LuceneDirectory? directory)
    {
        held?.Dispose();
        directory?.Dispose();
    }

    private static Result<QuoteIndex> OpenReader(LuceneDirectory directory, string path)
    {
        if (!DirectoryReader.IndexExists(directory)) return Result<QuoteIndex>.Fail(IndexErrors.Missing(path));
        if (UnfinishedCommits.AreAllThereIs(directory)) return Result<QuoteIndex>.Fail(IndexErrors.NothingCommitted(path));
        if (IndexFormat.Check(directory, path) is { } outdated) return Result<QuoteIndex>.Fail(outdated);
        return Result<QuoteIndex>.Ok(new QuoteIndex(directory, null, new WarmingSearcherFactory(), null) { Location = path });
    }

    private static Result<QuoteIndex> OpenWriter(LuceneDirectory directory, string path, WriterLock held)
    {
        // Safe only under the lock: no live writer can be half way through this folder's first commit.
        if (UnfinishedCommits.AreAllThereIs(directory)) UnfinishedCommits.Remove(directory);
        if (IndexFormat.Check(directory, path) is { } outdated) return Result<QuoteIndex>.Fail(outdated);
        var config = new IndexWriterConfig(QuoteAnalyzers.Version, QuoteAnalyzers.Create())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Codec = new QuoteSearchCodec(),
        };
        // No compound files: packing each flushed segment into one file copied every byte a second time
        // (3.6% of single-thread ingest in perf; 20k articles: 16.4 → 15.7 s over three runs each).
        config.UseCompoundFile = false;
        config.MergePolicy.NoCFSRatio = 0;
        var writer = new IndexWriter(directory, config);
        try
        {
            writer.SetCommitData(new Dictionary<string, string>(writer.CommitData)
            {
                [IndexFormat.UserData.Key] = IndexFormat.UserData.Value,
            });
            writer.Commit();
            // Searchers follow commits, not the writer's buffer: near-real-time reopens would flush a segment
            // every refresh and slow bulk ingest many times over; commits are what "searchable" promises.
            return Result<QuoteIndex>.Ok(new QuoteIndex(directory, writer, new WarmingSearcherFactory(), held) { Location = path });
        }
        catch
        {
            // Not Dispose: that would try to commit again what just failed.
            writer.Rollback();
            throw;
        }
    }

    public bool IsWritable => writer is not null;

    /// <summary>Adds an article and its quotes, replacing whatever was indexed under the same article id.</summary>
    public void Upsert(ExtractedArticle extracted)
    {
        var w = RequireWriter();
        w.UpdateDocuments(new Term(IndexFields.ArticleId, extracted.Article.Id), QuoteDocuments.For(extracted));
        Interlocked.Increment(ref pending);
    }

    /// <summary>Deletes an article and its quotes; true if it was there.</summary>
    public bool Delete(string articleId)
    {
        var existed = Read(searcher => searcher.Search(new TermQuery(new Term(IndexFields.ArticleId, articleId)), 1).TotalHits > 0);
        RequireWriter().DeleteDocuments(new Term(IndexFields.ArticleId, articleId));
        Interlocked.Increment(ref pending);
        return existed;
    }

    /// <summary>Makes pending changes durable, recording what was ingested in the commit's user data.</summary>
    public void Commit(IDictionary<string, string>? userData = null)
    {
        var w = RequireWriter();
        lock (commitLock)
        {
            var data = new Dictionary<string, string>(w.CommitData) { ["committed_at"] = DateTimeOffset.UtcNow.ToString("O") };
            foreach (var (key, value) in userData ?? new Dictionary<string, string>()) data[key] = value;
            w.SetCommitData(data);
            w.Commit();
            Interlocked.Exchange(ref pending, 0);
        }
        Refresh();
    }

    public IDictionary<string, string> CommitData => writer?.CommitData ?? Read(s => ((DirectoryReader)s.IndexReader).IndexCommit.UserData);

    /// <summary>
    /// Registers work to run on every future searcher before searches see it (a cache of per-segment data);
    /// the current searcher is warmed now, on this thread.
    /// </summary>
    public void AddWarmer(Action<IndexSearcher> warm)
    {
        warming.Add(warm);
        Read(searcher => { warm(searcher); return 0; });
    }

    /// <summary>Runs a read against a current searcher, always releasing it.</summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Picks up the latest changes now instead of at the next background refresh.</summary>
    public void Refresh()
    {
        try
        {
            // Blocking: a non-blocking refresh returns at once while the background thread is refreshing, and
            // that thread may have opened the commit before this one, so a search right after Commit missed it.
            searchers.MaybeRefreshBlocking();
        }
        catch (ObjectDisposedException)
        {
            // Disposed while the timer fired: nothing left to refresh.
        }
    }

    private void RefreshLoop()
    {
        while (!stopping.Token.WaitHandle.WaitOne(RefreshEvery)) Refresh();
    }

    private IndexWriter RequireWriter() => writer ?? throw new InvalidOperationException("the index was opened read-only");

    public void Dispose()
    {
        stopping.Cancel();
        refresher.Join();
        stopping.Dispose();
        if (writer is not null && Volatile.Read(ref pending) > 0) Commit();
        searchers.Dispose();
        writer?.Dispose();
        directory.Dispose();
        held?.Dispose();
    }
}
