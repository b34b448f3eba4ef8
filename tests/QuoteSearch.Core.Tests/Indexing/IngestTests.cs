using System.Collections.Concurrent;
using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

/// <summary>The bulk ingest on every core: each article indexed and reported once, and the first error thrown as itself.</summary>
public sealed class IngestTests
{
    private static Article Numbered(int n) => new(
        $"a{n}", null, null, null, [$"“Harbour fees rise {n} percent,” said Tobias Lindgren.", "The board meets on Monday."]);

    private static IEnumerable<Article> Endless()
    {
        for (var n = 0; ; n++) yield return Numbered(n);
    }

    [Fact]
    public void Every_article_is_indexed_once_and_reported_once()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        var reported = new ConcurrentBag<string>(); // reported from every ingest thread

        ingest.AddAll(Enumerable.Range(0, 300).Select(Numbered), extracted => reported.Add(extracted.Article.Id));
        ingest.Commit();

        Assert.Equal(300, reported.Distinct().Count());
        Assert.Equal(300, reported.Count);
        var stats = IndexStats.Of(index, new SpeakerDirectory(index));
        Assert.Equal((300, 300), (stats.Articles, stats.Quotes));
    }

    [Fact]
    public void An_indexing_error_stops_the_extraction_of_an_endless_source_and_is_thrown()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);

        var error = Assert.Throws<InvalidOperationException>(
            () => ingest.AddAll(Endless(), extracted => throw new InvalidOperationException($"disk full at {extracted.Article.Id}")));

        Assert.StartsWith("disk full", error.Message);
    }

    [Fact]
    public void An_article_the_extraction_fails_on_is_reported_and_the_others_are_indexed()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var pipeline = new ExtractionPipelineBuilder().WithAttributor(new FailingOn("a7")).Build();
        var ingest = new Ingest(index, pipeline);
        var failed = new ConcurrentBag<string>();

        ingest.AddAll(Enumerable.Range(0, 100).Select(Numbered), failed: (article, error) => failed.Add($"{article.Id}: {error.Message}"));
        ingest.Commit();

        Assert.Equal(["a7: a fault in the attribution code"], failed);
        Assert.Equal(99, IndexStats.Of(index, new SpeakerDirectory(index)).Articles);
    }

    [Fact]
    public void Without_a_report_an_extraction_failure_is_thrown()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var ingest = new Ingest(index, new ExtractionPipelineBuilder().WithAttributor(new FailingOn("a7")).Build());

        var error = Assert.Throws<InvalidOperationException>(() => ingest.AddAll(Enumerable.Range(0, 100).Select(Numbered)));

        Assert.Equal("a fault in the attribution code", error.Message);
    }

    /// <summary>The real attributor, except that it throws on one article, as a bug the article's text met would.</summary>
    private sealed class FailingOn(string articleId) : ISpeakerAttributor
    {
        private readonly SpeakerAttributor real = new();

        public IReadOnlyList<Quote> Attribute(AnalyzedArticle article) => article.Article.Id == articleId
            ? throw new InvalidOperationException("a fault in the attribution code")
            : real.Attribute(article);
    }

    [Fact]
    public void A_source_error_is_thrown_after_what_was_read_before_it_is_indexed()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        var reported = 0;
        IEnumerable<Article> FailingAfter(int count)
        {
            for (var n = 0; n < count; n++) yield return Numbered(n);
            throw new IOException("the feed broke off");
        }

        var error = Assert.Throws<IOException>(() => ingest.AddAll(FailingAfter(40), _ => Interlocked.Increment(ref reported)));

        Assert.Equal("the feed broke off", error.Message);
        Assert.True(reported > 0, "articles read before the error were dropped");
    }
}
