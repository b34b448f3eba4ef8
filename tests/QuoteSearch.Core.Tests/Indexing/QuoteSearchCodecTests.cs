using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class QuoteSearchCodecTests
{
    private static List<string> CodecsOf(string path)
    {
        var infos = new SegmentInfos();
        using var directory = new NIOFSDirectory(new DirectoryInfo(path));
        infos.Read(directory);
        return infos.Segments.Select(s => s.Info.Codec.Name).ToList();
    }

    [Fact]
    public void An_index_written_with_lucenes_default_codec_opens_and_takes_new_quotes_in_the_new_codec()
    {
        using var dir = new TempDir();
        QuoteSearchCodec.Register();
        using (var directory = new NIOFSDirectory(new DirectoryInfo(dir.Path)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(QuoteAnalyzers.Version, QuoteAnalyzers.Create())))
        {
            writer.AddDocuments(QuoteDocuments.For(Articles.Indexable("old", "“Written the old way,” Ann Lee said.", "A title")));
            writer.SetCommitData(new Dictionary<string, string> { [IndexFormat.UserData.Key] = IndexFormat.UserData.Value });
            writer.Commit();
        }
        Assert.Equal(["Lucene46"], CodecsOf(dir.Path));

        using (var index = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            index.Upsert(Articles.Indexable("new", "“Written the new way,” Ann Lee said.", "A title"));
            index.Commit();
            var hits = new QuoteSearcher(index).Search(new SearchRequest { Query = "written", Sort = SearchSort.Date }).Value!.Hits;
            Assert.Equal(["Written the new way,", "Written the old way,"], hits.Select(h => h.Text).Order());
            Assert.All(hits, h => Assert.Equal("Ann Lee", h.Speaker));
            Assert.All(hits, h => Assert.Equal("A title", h.Article.Title));
        }
        Assert.Contains("QuoteSearch1", CodecsOf(dir.Path));
    }
}
