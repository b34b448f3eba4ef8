using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>Finds every appearance of a quote across the index by its normalised text.</summary>
public sealed class QuoteGroups(QuoteIndex index)
{
    public const int MaxAppearances = 1000;

    /// <summary>The group of the quote with this id (see <see cref="QuoteIds"/>), or null if there is no such quote.</summary>
    public QuoteGroup? OfQuote(string quoteId) => index.Read(searcher =>
    {
        // Quote ids are not indexed: the quote is found among its article's documents.
        var top = searcher.Search(new ConstantScoreQuery(new QuoteIdsFilter([quoteId])), 1);
        if (top.ScoreDocs.Length == 0) return null;
        var fingerprint = StoredQuotes.Read(searcher, [top.ScoreDocs[0].Doc]).FirstOrDefault()?.Fingerprint;
        return fingerprint is null ? null : Group(searcher, fingerprint);
    });

    private readonly FingerprintCounts counts = new();

    /// <summary>
    /// Reads every segment's fingerprints now and each new segment's before searches see it, so no search pays
    /// for it. Call once, off the request path: the first pass reads the whole index (about a second a million quotes).
    /// </summary>
    public void KeepCountsWarm() => index.AddWarmer(searcher => counts.Count(searcher, ""));

    /// <summary>
    /// How many times each fingerprint was carried, for result lists: live quotes with that fingerprint, counted
    /// from memory instead of a search (a quote repeated within one article counts twice; the group itself is exact).
    /// </summary>
    public IReadOnlyDictionary<string, int> CarriedCounts(IEnumerable<string> fingerprints) => index.Read(searcher =>
        fingerprints.Distinct().ToDictionary(f => f, f => Math.Max(1, counts.Count(searcher, f))));

    private static QuoteGroup Group(IndexSearcher searcher, string fingerprint)
    {
        var appearances = Appearances(searcher, fingerprint)
            .OrderBy(h => h.Article.Published ?? "9999").ThenBy(h => h.Article.Id, StringComparer.Ordinal).ToList();
        var first = appearances[0];
        return new QuoteGroup(fingerprint, first.Text, first.Article.Published, first.Article.Outlet,
            appearances.Select(h => h.Article.Id).Distinct().Count(), appearances);
    }

    /// <summary>Quotes under the fingerprint's key whose own fingerprint is the same: a hash collision never joins two groups.</summary>
    private static List<QuoteHit> Appearances(IndexSearcher searcher, string fingerprint)
    {
        var key = new TermQuery(new Term(IndexFields.FingerprintKey, FingerprintKeys.Term(fingerprint)));
        var docs = searcher.Search(key, MaxAppearances).ScoreDocs.Select(d => d.Doc).ToList();
        return StoredQuotes.Read(searcher, docs).Where(hit => hit.Fingerprint == fingerprint).ToList();
    }
}
