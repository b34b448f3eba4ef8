using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Identity.Corrections;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Services;

/// <summary>
/// Owns the index for the app's lifetime: the one writer, the searchers and the read services over them.
/// Ingest is serialised here because an <see cref="Ingest"/> batch is not thread-safe; searches are not.
/// </summary>
public sealed class IndexHost : IDisposable
{
    private readonly object ingestLock = new();
    private readonly Ingest ingest;

    public IndexHost(QuoteIndex index)
    {
        Index = index;
        CorrectionLog? corrections = null;
        if (index.Location is not null)
        {
            var opened = CorrectionLog.Open(CorrectionLog.PathFor(index.Location));
            corrections = opened.Success ? opened.Value : throw new InvalidOperationException(opened.Error);
        }
        Speakers = new SpeakerDirectory(index, corrections);
        Corrector = corrections is null ? null : new SpeakerCorrector(Speakers, corrections);
        Searcher = new QuoteSearcher(index, Speakers);
        Groups = new QuoteGroups(index);
        Articles = new ArticleLookup(index);
        ingest = new Ingest(index, ExtractionPipeline.Default);
        Task.Run(WarmCaches);
    }

    public QuoteIndex Index { get; }
    public QuoteSearcher Searcher { get; }
    public SpeakerDirectory Speakers { get; }

    /// <summary>Editors' corrections to speaker identity, kept beside the index; null for an index without a folder.</summary>
    public SpeakerCorrector? Corrector { get; }
    public ArticleLookup Articles { get; }
    public QuoteGroups Groups { get; }
    public ArticleFileReader Reader { get; } = ArticleFileReader.CreateDefault();

    /// <summary>Indexes the articles and commits, so they are searchable as soon as this returns.</summary>
    public IReadOnlyList<(string Id, int Quotes)> Add(IEnumerable<Core.Domain.Article> articles)
    {
        lock (ingestLock)
        {
            var added = articles.Select(a => ingest.Add(a)).Select(e => (e.Article.Id, e.Quotes.Count)).ToList();
            ingest.Commit();
            return added;
        }
    }

    public bool Delete(string articleId)
    {
        lock (ingestLock)
        {
            var existed = Index.Delete(articleId);
            Index.Commit();
            return existed;
        }
    }

    public void Dispose() => Index.Dispose();

    private void WarmCaches()
    {
        try
        {
            Groups.KeepCountsWarm();
            Searcher.KeepTablesWarm();
        }
        catch (ObjectDisposedException)
        {
            // Shut down before warming finished: nothing to warm.
        }
    }
}
