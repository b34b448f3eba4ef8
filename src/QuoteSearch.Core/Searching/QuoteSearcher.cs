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
        var after = Cursor.Parse(request.Cursor, request.Sort);
        if (!after.Success) return Result<SearchPage>.Fail(after.Error!);

        var query = userQuery ?? new MatchAllDocsQuery();
        var filter = new QueryWrapperFilter(Filters(request, speakers));
        var sort = request.Sort == SearchSort.Date
            ? new Sort(new SortField(IndexFields.PublishedDay, SortFieldType.INT64, true), SortField.FIELD_DOC)
            : null;
        try
        {
            return Result<SearchPage>.Ok(index.Read(searcher => Page(searcher, query, filter, userQuery, sort, after.Value, request)));
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

    private SearchPage Page(IndexSearcher searcher, Query query, Filter filter, Query? userQuery, Sort? sort, ScoreDoc? after, SearchRequest request)
    {
        if (after is not null && after.Doc >= searcher.IndexReader.MaxDoc) after = null;
        var top = TimeLimited.Search(searcher, query, filter, sort, after, request.Limit);
        var highlighter = new HitHighlighter(userQuery, analyzer);
        var hits = top.ScoreDocs.Select(d => StoredQuotes.ToHit(searcher.Doc(d.Doc), highlighter)).ToList();
        var next = top.ScoreDocs.Length == request.Limit && top.ScoreDocs.Length > 0 ? Cursor.For(top.ScoreDocs[^1], request.Sort) : null;
        return new SearchPage(top.TotalHits, hits, next);
    }

    /// <summary>Restrictions that do not score: only quotes, and the speaker, outlet, kind and date asked for.</summary>
    private static Query Filters(SearchRequest request, SpeakerDirectory speakers)
    {
        var query = new BooleanQuery { { new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType)), Occur.MUST } };
        if (!string.IsNullOrWhiteSpace(request.Speaker))
        {
            query.Add(SpeakerDirectory.IdsQuery(speakers.IdsFor(request.Speaker)), Occur.MUST);
        }
        if (!string.IsNullOrWhiteSpace(request.Outlet))
        {
            query.Add(new TermQuery(new Term(IndexFields.OutletId, request.Outlet.Trim().ToLowerInvariant())), Occur.MUST);
        }
        if (request.Kind is { } kind)
        {
            query.Add(new TermQuery(new Term(IndexFields.Kind, kind.ToString().ToLowerInvariant())), Occur.MUST);
        }
        if (request.From is not null || request.To is not null)
        {
            query.Add(NumericRangeQuery.NewInt32Range(IndexFields.PublishedDay, Day(request.From) ?? 1, Day(request.To), true, true), Occur.MUST);
        }
        return query;
    }

    private static int? Day(DateOnly? date) => date is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;
}
