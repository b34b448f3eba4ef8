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

    internal QuoteIndex(LuceneDirectory directory, IndexWriter? writer, WarmingSearcherFactory warming, WriterLock? held)
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

    public string? Location { get; internal init; }

    /// <summary>
    /// Opens the index in <paramref name="path"/>: for writing, creating it if needed; read-only opens take no write
    /// lock and never create anything (a missing folder is an error, and stays missing). A writer holds the
    /// folder's <see cref="WriterLock"/> until disposed, so a second writer in any process is refused. Errors are
    /// one line naming the folder and saying what to do: never an exception, whatever a killed writer left.
    /// </summary>
    public static Result<QuoteIndex> Open(string path, bool writable) => IndexOpener.Open(path, writable);

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
