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
        var query = Restricted(userQuery, request, speaker, rankByKind: sort is null && request.Kind is null);
        try
        {
            return Result<SearchPage>.Ok(index.Read(searcher => Page(searcher, query, userQuery, sort, after.Value, request, speaker)));
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return Result<SearchPage>.Fail(SearchErrors.TooManyClauses);
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            return Result<SearchPage>.Fail(SearchErrors.TooSlow);
        }
    }

    private SearchPage Page(
        IndexSearcher searcher, Query query, Query? userQuery, Sort? sort, ScoreDoc? after, SearchRequest request, SpeakerSummary? speaker)
    {
        if (after is not null && after.Doc >= searcher.IndexReader.MaxDoc) after = null;
        var top = TimeLimited.Search(searcher, query, sort, after, request.Limit);
        var highlighter = new HitHighlighter(userQuery, analyzer);
        var hits = top.ScoreDocs.Select(d => speakers.WithSpeakerId(StoredQuotes.ToHit(searcher.Doc(d.Doc), highlighter))).ToList();
        var next = top.ScoreDocs.Length == request.Limit && top.ScoreDocs.Length > 0 ? Cursor.For(top.ScoreDocs[^1], request) : null;
        return new SearchPage(top.TotalHits, hits, next) { Undated = Undated(searcher, userQuery, request, speaker) };
    }

    /// <summary>Results of the search without its date range that have no date: what a date filter leaves out unseen.</summary>
    private static int Undated(IndexSearcher searcher, Query? userQuery, SearchRequest request, SpeakerSummary? speaker)
    {
        var undated = Restricted(userQuery, request with { From = null, To = null }, speaker);
        undated.Add(NumericRangeQuery.NewInt32Range(IndexFields.PublishedDay, PublishedDays.PrecisionStep, 0, 0, true, true), Occur.MUST);
        var count = new TotalHitCountCollector();
        searcher.Search(undated, count);
        return count.TotalHits;
    }

    /// <summary>
    /// The user's query joined with restrictions that do not score (only quotes; the speaker, outlet, kind and
    /// dates asked for). As clauses of one conjunction, the rarest one drives the search: "everything X said"
    /// walks X's quotes, not the whole index, as a filter over match-all would. <paramref name="rankByKind"/> puts
    /// whole direct quotes before other kinds that match as well (<see cref="KindRanking"/>).
    /// </summary>
    private static BooleanQuery Restricted(Query? userQuery, SearchRequest request, SpeakerSummary? speaker, bool rankByKind = false)
    {
        var query = new BooleanQuery();
        if (userQuery is not null) query.Add(rankByKind ? KindRanking.DirectQuotesFirst(userQuery) : userQuery, Occur.MUST);
        void Filter(Query restriction) => query.Add(new ConstantScoreQuery(restriction) { Boost = 0 }, Occur.MUST);
        if (!OnlyQuotesMatch(userQuery, request)) Filter(new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType)));
        if (speaker is not null) Filter(SpeakerDirectory.QuotesOf(speaker));
        if (!string.IsNullOrWhiteSpace(request.Outlet))
        {
            Filter(new TermQuery(new Term(IndexFields.OutletId, request.Outlet.Trim().ToLowerInvariant())));
        }
        if (request.Kind is { } kind)
        {
            Filter(new TermQuery(new Term(IndexFields.Kind, kind.ToString().ToLowerInvariant())));
        }
        if (request.From is not null || request.To is not null)
        {
            Filter(NumericRangeQuery.NewInt32Range(
                IndexFields.PublishedDay, PublishedDays.PrecisionStep, Day(request.From) ?? 1, Day(request.To), true, true));
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
