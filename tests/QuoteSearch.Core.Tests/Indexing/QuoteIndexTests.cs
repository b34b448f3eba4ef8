using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class QuoteIndexTests
{
    [Fact]
    public void Indexing_an_article_again_replaces_its_quotes_and_delete_removes_them()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var searcher = new QuoteSearcher(index);
        index.Upsert(Articles.Indexable("a", "“Old words here,” Ann Lee said."));
        index.Commit();
        index.Upsert(Articles.Indexable("a", "“New words here,” Ann Lee said."));
        index.Commit();
        Assert.Equal(["New words here,"], searcher.Search(new SearchRequest()).Value!.Hits.Select(h => h.Text));
        Assert.True(index.Delete("a"));
        index.Commit();
        Assert.Equal(0, searcher.Search(new SearchRequest()).Value!.Total);
        Assert.False(index.Delete("a"));
    }

    [Fact]
    public void Segments_are_written_as_plain_files_not_copied_into_compound_files()
    {
        using var dir = new TempDir();
        using (var index = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            index.Upsert(Articles.Indexable("a", "“Some words here,” Ann Lee said."));
            index.Commit();
        }
        Assert.Empty(Directory.GetFiles(dir.Path, "*.cfs"));
        Assert.NotEmpty(Directory.GetFiles(dir.Path, "*.fdt"));
    }

    [Fact]
    public void Every_commit_is_searchable_as_soon_as_commit_returns_even_while_the_background_refresh_runs()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var searcher = new QuoteSearcher(index);
        // The background thread refreshes every 250 ms; enough commits meet it mid-refresh.
        for (var i = 1; i <= 200; i++)
        {
            index.Upsert(Articles.Indexable($"a{i}", $"“Commit number {i} is here,” Ann Lee said."));
            index.Commit();
            Assert.Equal(i, searcher.Search(new SearchRequest()).Value!.Total);
        }
    }

    [Fact]
    public void A_commit_by_another_writer_is_seen_by_a_reader_within_a_second()
    {
        using var dir = new TempDir();
        using (var writer = QuoteIndex.Open(dir.Path, writable: true).Value!) { }
        using var reader = QuoteIndex.Open(dir.Path, writable: false).Value!;
        var searcher = new QuoteSearcher(reader);
        using (var writer = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            writer.Upsert(Articles.Indexable("b", "“Fresh off the press today,” Ann Lee said."));
            writer.Commit();
        }
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (searcher.Search(new SearchRequest { Query = "fresh" }).Value!.Total == 0 && waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(20);
        }
        Assert.Equal(1, searcher.Search(new SearchRequest { Query = "fresh" }).Value!.Total);
    }

    [Fact]
    public void Commit_data_records_how_many_articles_were_ingested()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var ingest = new Ingest(index, ExtractionPipeline.Default);
        ingest.Add(new Article("x", null, null, null, ["“One,” Ann Lee said."]));
        ingest.Add(new Article("y", null, null, null, ["“Two,” Ann Lee said."]));
        ingest.Commit();
        Assert.Equal("2", index.CommitData["ingested_articles"]);
    }

    [Fact]
    public void A_second_writer_gets_a_clear_error()
    {
        using var dir = new TempDir();
        using var first = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var second = QuoteIndex.Open(dir.Path, writable: true);
        Assert.False(second.Success);
        Assert.Contains("being written by another process", second.Error);
    }
}
