using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Searches_during_ingest_and_delete_see_whole_articles_and_never_fail()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var searcher = new QuoteSearcher(index);
        var speakers = new SpeakerDirectory(index);
        // Every article holds exactly three quotes, so any consistent view has a multiple of three.
        ExtractedArticle Article(int n) => ExtractionPipeline.Default.Extract(new Article(
            $"a{n}", null, new DateOnly(2026, 1, 1 + n % 28), null,
            [$"“Alpha {n} is here,” Ann Lee said.", $"“Beta {n} is here,” Bob Ray said.", $"“Gamma {n} is here,” Cy Fox said."]));

        using var stop = new CancellationTokenSource();
        var writer = Task.Run(() =>
        {
            for (var n = 0; n < 300; n++)
            {
                index.Upsert(Article(n));
                if (n % 7 == 0) index.Delete($"a{n / 2}");
                index.Commit();
            }
            stop.Cancel();
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            while (!stop.IsCancellationRequested || searches == 0)
            {
                var page = searcher.Search(new SearchRequest { Query = "here", Limit = 5 });
                Assert.True(page.Success, page.Error);
                Assert.Equal(0, page.Value!.Total % 3);
                Assert.True(speakers.All().Count <= 3);
                searches++;
            }
            return searches;
        })).ToList();
        await writer;
        var counts = await Task.WhenAll(readers);
        Assert.All(counts, c => Assert.True(c > 0));
    }
}
