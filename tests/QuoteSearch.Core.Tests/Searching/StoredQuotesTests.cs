using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Reading;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

/// <summary>
/// Quotes read back from the stored layout (a record per quote, the text and article details from the article's
/// document) show exactly what was indexed, also after deletions, re-ingests and a merge have moved documents.
/// </summary>
public sealed class StoredQuotesTests
{
    private static readonly string[] Speakers = ["Tobias Lindgren", "Marta Okonkwo-Hale", "Ingrid Salvesen", "Piet Vandermeer"];

    private static ExtractedArticle Article(int n, int version = 0)
    {
        var paragraphs = Enumerable.Range(0, 3 + n % 3).Select(p => p % 2 == 0
            ? $"“The harbour plan number {n}.{p} is {(version == 0 ? "ready" : "revised")},” {Speakers[(n + p) % 4]} said on Monday."
            : $"The council met again in week {n}. “We will vote on {p} items,” said {Speakers[(n + p + 1) % 4]}, the chair.").ToList();
        var article = new Article($"harbour-{n}", n % 4 == 0 ? null : $"Harbour story {n}", new DateOnly(2026, 1, 1 + n),
            n % 3 == 0 ? null : $"https://news{n % 2}.harbour-gazette.example/story-{n}", paragraphs)
        {
            Site = n % 2 == 0 ? "The Harbour Gazette" : null,
        };
        return ExtractionPipeline.Default.Extract(article);
    }

    /// <summary>What each quote id must read back as, from the extraction the index was given.</summary>
    private static Dictionary<string, (Quote Quote, Article Article)> Expected(IEnumerable<ExtractedArticle> articles) =>
        articles.SelectMany(a => a.Quotes.Select((q, i) => (Id: QuoteIds.For(a.Article.Id, i), Quote: q, a.Article)))
            .ToDictionary(x => x.Id, x => (x.Quote, x.Article));

    private static void AssertReadBack(QuoteIndex index, Dictionary<string, (Quote Quote, Article Article)> expected)
    {
        var (hits, indexedSpeakerIds) = index.Read(searcher =>
        {
            var docs = searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType)), 10_000).ScoreDocs;
            var ids = MultiDocValues.GetSortedValues(searcher.IndexReader, IndexFields.SpeakerId);
            return (StoredQuotes.Read(searcher, docs.Select(d => d.Doc).ToList()), docs.Select(d => IdAt(ids, d.Doc)).ToList());
        });
        Assert.Equal(expected.Keys.Order(), hits.Select(h => h.Id).Order());
        Assert.Equal(indexedSpeakerIds, hits.Select(h => h.SpeakerId));
        foreach (var hit in hits)
        {
            var (quote, article) = expected[hit.Id];
            Assert.Equal(quote.Text, hit.Text);
            Assert.Equal(article.Paragraphs[quote.Paragraph], hit.ParagraphText);
            Assert.Equal(QuoteDocuments.Fingerprint(quote.Text), hit.Fingerprint);
            Assert.Equal((quote.Paragraph, quote.Start, quote.End), (hit.Paragraph, hit.Start, hit.End));
            Assert.Equal((quote.Speaker, quote.Role, quote.Cue, quote.Confidence), (hit.Speaker, hit.Role, hit.Cue, hit.Confidence));
            Assert.Equal(quote.Kind.ToString().ToLowerInvariant(), hit.Kind);
            Assert.Equal(SpeakerTypes.Name(quote.SpeakerType), hit.SpeakerType);
            var shown = new ArticleRef(article.Id, Headings.Of(article), article.Site ?? Outlets.FromHost(article.Url),
                article.Published?.ToString("yyyy-MM-dd"), article.Url);
            Assert.Equal(shown, hit.Article);
        }
    }

    private static string? IdAt(SortedDocValues ids, int doc)
    {
        if (ids.GetOrd(doc) < 0) return null;
        var bytes = new Lucene.Net.Util.BytesRef();
        ids.Get(doc, bytes);
        return bytes.Utf8ToString();
    }

    [Fact]
    public void Hits_read_back_what_was_indexed_after_deletions_re_ingests_and_a_merge()
    {
        using var dir = new TempDir();
        var current = Enumerable.Range(0, 12).ToDictionary(n => n, n => Article(n));
        using (var index = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            // Several commits make several segments; deleted and re-ingested articles leave holes and move blocks.
            foreach (var n in current.Keys)
            {
                index.Upsert(current[n]);
                if (n % 3 == 2) index.Commit();
            }
            foreach (var n in new[] { 1, 4, 7 }) index.Delete(current[n].Article.Id);
            foreach (var n in new[] { 2, 5 }) index.Upsert(current[n] = Article(n, version: 1));
            index.Commit();
            foreach (var n in new[] { 1, 4, 7 }) current.Remove(n);
            AssertReadBack(index, Expected(current.Values));
        }
        ForceMerge(dir.Path);

        using var merged = QuoteIndex.Open(dir.Path, writable: false).Value!;
        Assert.Equal(1, merged.Read(s => s.IndexReader.Leaves.Count));
        AssertReadBack(merged, Expected(current.Values));
        AssertEachQuoteFollowsItsArticle(merged);
        var article = new ArticleLookup(merged).Get("harbour-5")!;
        Assert.Equal(current[5].Article.Paragraphs, article.Paragraphs);
        Assert.Equal(current[5].Quotes.Select(q => q.Text), article.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void An_article_is_found_by_its_id_when_the_document_before_a_quote_is_not_its_article()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        index.Upsert(Article(1));
        index.Upsert(Article(2));
        index.Commit();

        // The article itself, another article, one of its own quotes, and numbers outside the index.
        var read = index.Read(searcher =>
        {
            var doc = ArticleDocuments.Find(searcher, "harbour-2")!.Value;
            return new[] { doc, 0, doc + 1, -1, 10_000 }
                .Select(guess => ArticleDocuments.Read(searcher, "harbour-2", guess, null)).ToList();
        });

        Assert.All(read, fields => Assert.Equal(Article(2).Article.Paragraphs, fields!.Paragraphs));
        Assert.All(read, fields => Assert.Equal("Harbour story 2", fields!.Article.Title));
        Assert.Null(index.Read(searcher => ArticleDocuments.Read(searcher, "harbour-9", 0, null)));
    }

    [Fact]
    public void A_quote_whose_text_is_not_its_paragraphs_span_reads_back_its_own_text()
    {
        using var dir = new TempDir();
        var article = new Article("harbour-odd", "Odd offsets", new DateOnly(2026, 2, 1), null,
            ["“The plan is ready,” Tobias Lindgren said.", "Nothing quoted here."]);
        var quotes = new List<Quote>
        {
            new("harbour-odd", 0, 1, 18, "The plan is ready", QuoteKind.Direct, "Tobias Lindgren", null, "said", 0.9),
            new("harbour-odd", 0, 1, 18, "The plan is ready at last", QuoteKind.Direct, "Tobias Lindgren", null, "said", 0.9),
            new("harbour-odd", 1, 0, 500, "Beyond the paragraph", QuoteKind.Indirect, null, null, null, 0.1),
        };
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        index.Upsert(new ExtractedArticle(article, quotes));
        index.Commit();

        var hits = index.Read(searcher => StoredQuotes.Read(searcher, [1, 2, 3]));

        Assert.Equal(quotes.Select(q => q.Text), hits.Select(h => h.Text));
        Assert.Equal(quotes.Select(q => QuoteDocuments.Fingerprint(q.Text)), hits.Select(h => h.Fingerprint));
    }

    /// <summary>What the reader counts on before any lookup: quote k's article is k + 1 documents before it.</summary>
    private static void AssertEachQuoteFollowsItsArticle(QuoteIndex index) => index.Read(searcher =>
    {
        var reader = searcher.IndexReader;
        var quotes = 0;
        foreach (var doc in searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.QuoteType)), 10_000).ScoreDocs)
        {
            var quote = StoredQuoteFields.Read(reader, doc.Doc);
            var article = ArticleDocuments.Read(searcher, doc.Doc - quote.Data!.Ordinal - 1, wanted: null);
            Assert.True(article.IsArticleOf(quote.ArticleId!), $"quote {quote.ArticleId}/{quote.Data.Ordinal} at {doc.Doc}");
            quotes++;
        }
        Assert.True(quotes > 20);
        return 0;
    });

    /// <summary>Merges every segment into one, as Lucene does over time, keeping the commit's layout mark.</summary>
    private static void ForceMerge(string path)
    {
        QuoteSearchCodec.Register();
        using var directory = new NIOFSDirectory(new DirectoryInfo(path));
        var config = new IndexWriterConfig(QuoteAnalyzers.Version, QuoteAnalyzers.Create()) { Codec = new QuoteSearchCodec() };
        using var writer = new IndexWriter(directory, config);
        writer.ForceMerge(1);
        writer.SetCommitData(new Dictionary<string, string>(writer.CommitData) { [IndexFormat.UserData.Key] = IndexFormat.UserData.Value });
        writer.Commit();
    }
}
