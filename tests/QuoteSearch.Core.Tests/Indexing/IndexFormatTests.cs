using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class IndexFormatTests
{
    private static void WriteWithoutFormat(string path, bool withDocuments, int? layout = null)
    {
        QuoteSearchCodec.Register();
        using var directory = new NIOFSDirectory(new DirectoryInfo(path));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(QuoteAnalyzers.Version, QuoteAnalyzers.Create()));
        if (withDocuments) writer.AddDocuments(QuoteDocuments.For(Articles.Indexable("old", "“Written before layouts,” Ann Lee said.")));
        if (layout is { } n) writer.SetCommitData(new Dictionary<string, string> { [IndexFormat.UserDataKey] = n.ToString() });
        writer.Commit();
    }

    // Layout 3 indexed a trie term per published day that layout 4 no longer writes.
    [Theory]
    [InlineData(3, true)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void An_index_in_an_earlier_numbered_layout_is_refused_naming_both_layouts(int layout, bool writable)
    {
        using var dir = new TempDir();
        WriteWithoutFormat(dir.Path, withDocuments: true, layout);

        var opened = QuoteIndex.Open(dir.Path, writable);

        Assert.False(opened.Success);
        Assert.Contains($"written in layout {layout}", opened.Error);
        Assert.Contains($"reads layout {IndexFormat.Current}", opened.Error);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void An_index_in_an_earlier_numbered_layout_is_refused_with_its_number(int layout, bool writable)
    {
        using var dir = new TempDir();
        WriteWithoutFormat(dir.Path, withDocuments: true, layout);

        var opened = QuoteIndex.Open(dir.Path, writable);

        Assert.False(opened.Success);
        Assert.Contains($"written in layout {layout} and this QuoteSearch reads layout {IndexFormat.Current}", opened.Error);
        Assert.Contains("index the articles again", opened.Error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_index_with_documents_in_an_older_layout_is_refused_for_reading_and_writing(bool writable)
    {
        using var dir = new TempDir();
        WriteWithoutFormat(dir.Path, withDocuments: true);

        var opened = QuoteIndex.Open(dir.Path, writable);

        Assert.False(opened.Success);
        Assert.Contains(dir.Path, opened.Error);
        Assert.Contains("layout 1", opened.Error);
        Assert.Contains("index the articles again", opened.Error);
    }

    [Fact]
    public void An_empty_index_without_a_layout_is_taken_and_marked_with_the_current_one()
    {
        using var dir = new TempDir();
        WriteWithoutFormat(dir.Path, withDocuments: false);

        using (var index = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            index.Upsert(Articles.Indexable("new", "“Written now,” Ann Lee said."));
            index.Commit();
        }

        using var reopened = QuoteIndex.Open(dir.Path, writable: false).Value!;
        Assert.Equal(IndexFormat.Current.ToString(), reopened.CommitData[IndexFormat.UserDataKey]);
    }
}
