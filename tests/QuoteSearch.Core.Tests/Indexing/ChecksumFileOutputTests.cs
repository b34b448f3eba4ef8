using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class ChecksumFileOutputTests
{
    private static readonly byte[] Content = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 31 % 251)).ToArray();

    // Single bytes, writes within the buffer, writes that cross it and writes larger than it.
    [Theory]
    [InlineData(1)]
    [InlineData(700)]
    [InlineData(40_000)]
    [InlineData(150_000)]
    public void Writes_the_bytes_and_the_checksum_Lucene_computes_for_them(int chunk)
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "f.bin");
        var output = new ChecksumFileOutput(path);
        for (var at = 0; at < Content.Length; at += chunk)
        {
            var length = Math.Min(chunk, Content.Length - at);
            if (length == 1) output.WriteByte(Content[at]);
            else output.WriteBytes(Content, at, length);
        }
        // Lucene's in-memory output checksums with its own CRC-32.
        using var expected = new RAMOutputStream();
        expected.WriteBytes(Content, 0, Content.Length);

        Assert.Equal(Content.Length, output.Position);
        Assert.Equal(expected.Checksum, output.Checksum);
        output.Dispose();
        Assert.Equal(Content, File.ReadAllBytes(path));
    }

    [Fact]
    public void Every_file_of_an_index_written_through_it_passes_Lucene_integrity_checks()
    {
        using var dir = new TempDir();
        using (var index = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            for (var i = 0; i < 20; i++)
            {
                index.Upsert(Articles.Indexable($"a{i}", $"“Harbour fees rise in year {i},” Tobias Lindgren said."));
            }
            index.Commit();
        }

        using var directory = new NIOFSDirectory(new DirectoryInfo(dir.Path));
        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.NumDocs >= 40);
        foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity();
    }
}
