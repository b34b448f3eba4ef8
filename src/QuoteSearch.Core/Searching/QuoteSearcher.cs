using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>Runs quote searches against the index: query → filters → sort → one page of highlighted hits.</summary>
public sealed class QuoteSearcher(QuoteIndex index, SpeakerDirectory speakers)
{
    public QuoteSearcher(QuoteIndex index) : this(index, new SpeakerDirectory(index)) { }

    private readonly Analyzer analyzer = QuoteAnalyzers.Create();

    /// <summary>
    /// Builds each segment's per-word candidates (<see cref="TermChampions"/>) and per-speaker date order
    /// (<see cref="SpeakerTimelines"/>) now and for every new segment before searches see it. Call once, off the
    /// request path: the first pass reads the whole index (a few seconds a million quotes).
    /// </summary>
    public void KeepTablesWarm() => index.AddWarmer(searcher =>
    {
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            TermChampions.Of(leaf.AtomicReader);
            SpeakerTimelines.Of(leaf.AtomicReader);
        }
    });

    public Result<SearchPage> Search(SearchRequest request)
    {
        if (request.Limit is < 1 or > SearchRequest.MaxLimit) return Result<SearchPage>.Fail(SearchErrors.BadLimit);
        if (request.From > request.To) return Result<SearchPage>.Fail(SearchErrors.BadDateRange);
        Query? userQuery = null;
        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            var parsed = UserQueryParser.Parse(request.Query, analyzer);
            if (!parsed.Success) return Result<SearchPage>.Fail(parsed.Error!);
            userQuery = parsed.Value;
        }
        var after = Cursor.Parse(request);
        if (!after.Success) return Result<SearchPage>.Fail(after.Error!);

        SpeakerSummary? speaker = null;
        if (!string.IsNullOrWhiteSpace(request.Speaker))
        {
            var match = speakers.Match(request.Speaker);
            if (!match.Found) return Result<SearchPage>.Fail(SearchErrors.Speaker(request.Speaker, match));
            speaker = match.Speaker!;
        }
        var sort = request.Sort == SearchSort.Date ? PublishedDaySort.NewestFirst : null;
        // The date range is applied while collecting, so the same pass counts the undated results.
        var query = Restricted(userQuery, request, speaker, rankByKind: sort is null && request.Kind is null);
        try
        {
            return Result<SearchPage>.Ok(index.Read(searcher => Page(searcher, query, userQuery, sort, after.Value, request, speaker)));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return Result<SearchPage>.Fail(SearchErrors.TooManyClauses);
        }
        catch (SearchTooSlowException)
        {
            return Result<SearchPage>.Fail(SearchErrors.TooSlow);
        }
    }

    private SearchPage Page(
        IndexSearcher searcher, Query query, Query? userQuery, Sort? sort, ScoreDoc? after, SearchRequest request, SpeakerSummary? speaker)
    {
        if (after is not null && after.Doc >= searcher.IndexReader.MaxDoc) after = null;
        var (top, undated) = IsSpeakerTimeline(userQuery, request, speaker)
            ? SpeakerNewestFirst.Search(searcher, speaker!.Ids, (FieldDoc?)after, request.Limit, Day(request.From), Day(request.To))
            : (IsSingleWord(userQuery, request, speaker, after, out var word)
                ? SingleWordSearch.TrySearch(searcher, query, word, request.Limit) : null)
              ?? TimeLimited.Search(searcher, query, sort, after, request.Limit, Day(request.From), Day(request.To));
        var highlighter = new HitHighlighter(userQuery, analyzer);
        var hits = speakers.WithSpeakerIds(StoredQuotes.Read(searcher, top.ScoreDocs.Select(d => d.Doc).ToList(), highlighter));
        var next = top.ScoreDocs.Length == request.Limit && top.ScoreDocs.Length > 0 ? Cursor.For(top.ScoreDocs[^1], request) : null;
        // Undated: results of the search without its date range that have no date, which a date filter leaves out unseen.
        return new SearchPage(top.TotalHits, hits, next) { Undated = undated };
    }

    /// <summary>
    /// "Everything X said", newest first, perhaps within dates: read from the speakers' date-ordered runs, no scoring
    /// (<see cref="SpeakerNewestFirst"/>). Not when editors moved single quotes to or from the speaker, or other filters apply.
    /// </summary>
    private bool IsSpeakerTimeline(Query? userQuery, SearchRequest request, SpeakerSummary? speaker) =>
        SpeakerTimelinesOn && userQuery is null && request.Sort == SearchSort.Date && speaker is not null
        && speaker.QuotesIn.Count == 0 && speaker.QuotesOut.Count == 0
        && string.IsNullOrWhiteSpace(request.Outlet) && request.Kind is null;

    /// <summary>The first page of one stemmed word by relevance, nothing else asked: see <see cref="SingleWordSearch"/>.</summary>
    private bool IsSingleWord(Query? userQuery, SearchRequest request, SpeakerSummary? speaker, ScoreDoc? after, out Term word)
    {
        word = (userQuery as TermQuery)?.Term!;
        return SingleWordOn && word?.Field == IndexFields.Text && request.Sort == SearchSort.Relevance && after is null
            && speaker is null && string.IsNullOrWhiteSpace(request.Outlet) && request.Kind is null
            && request.From is null && request.To is null;
    }

    /// <summary>Off only in tests, which compare the single-word candidates with the full search they replace.</summary>
    internal bool SingleWordOn { get; init; } = true;

    /// <summary>Off only in tests, which compare the date-ordered runs with the sorted search they replace.</summary>
    internal bool SpeakerTimelinesOn { get; init; } = true;

    /// <summary>
    /// The user's query, its two-word phrases answered from their pairs (<see cref="PhrasePairs"/>), joined with
    /// restrictions that do not score (only quotes; the word pairs of its longer exact phrases; the speaker, outlet and
    /// kind asked for; the dates are applied while collecting, see <see cref="DayWindowCollector"/>). As clauses of one
    /// conjunction, the rarest one drives the search: X's quotes, not the whole index, as a filter over match-all would.
    /// <paramref name="rankByKind"/> puts whole direct quotes before other kinds that match as well (<see cref="KindRanking"/>).
    /// </summary>
    private static BooleanQuery Restricted(Query? userQuery, SearchRequest request, SpeakerSummary? speaker, bool rankByKind)
    {
        var query = new BooleanQuery();
        if (userQuery is not null)
        {
            var executed = PhrasePairs.Rewrite(userQuery);
            query.Add(rankByKind ? KindRanking.DirectQuotesFirst(executed) : executed, Occur.MUST);
        }
        void Filter(Query restriction) => query.Add(new ConstantScoreQuery(restriction) { Boost = 0 }, Occur.MUST);
        if (!OnlyQuotesMatch(userQuery, request)) Filter(new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType)));
        foreach (var pair in PhrasePairs.Required(userQuery)) Filter(new TermQuery(pair));
        if (speaker is not null) Filter(SpeakerDirectory.QuotesOf(speaker));
        if (!string.IsNullOrWhiteSpace(request.Outlet))
        {
            Filter(new TermQuery(new Term(IndexFields.OutletId, request.Outlet.Trim().ToLowerInvariant())));
        }
        if (request.Kind is { } kind)
        {
            Filter(new TermQuery(new Term(IndexFields.Kind, kind.ToString().ToLowerInvariant())));
        }
        return query;
    }

    /// <summary>
    /// True when the query or a filter already names a field only quote documents have; then the type clause,
    /// a posting list as long as the index, would only cost time (a third of a broad query's work).
    /// </summary>
    private static bool OnlyQuotesMatch(Query? userQuery, SearchRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Speaker) || request.Kind is not null) return true;
        if (userQuery is null) return false;
        var terms = new HashSet<Term>();
        try { userQuery.ExtractTerms(terms); }
        catch (NotSupportedException) { return false; } // wildcards and ranges are not rewritten yet: keep the clause
        return terms.Count > 0 && terms.All(t => t.Field is IndexFields.Text or IndexFields.Exact);
    }

    private static int? Day(DateOnly? date) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;
}
