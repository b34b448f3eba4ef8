using Lucene.Net.Store;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class PositionalIndexInputTests
{
    private static readonly byte[] Content = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31 % 251)).ToArray();

    [Theory]
    [InlineData(0)]
    [InlineData(1023)]
    [InlineData(50_000)]
    [InlineData(99_990)]
    public void Reads_the_bytes_at_any_position_across_buffer_refills(long position)
    {
        using var dir = new TempDir();
        using var input = PositionalIndexInput.Open(dir.File("f.bin", Content), IOContext.DEFAULT);
        input.Seek(position);
        var read = new byte[Math.Min(5000, Content.Length - (int)position)];
        input.ReadBytes(read, 0, read.Length);
        Assert.Equal(Content.AsSpan((int)position, read.Length).ToArray(), read);
        Assert.Equal(Content.Length, input.Length);
    }

    [Fact]
    public void A_slice_reads_only_its_part_and_not_past_its_end()
    {
        using var dir = new TempDir();
        var path = dir.File("f.bin", Content);
        using var handle = File.OpenHandle(path);
        using var slice = PositionalIndexInput.Slice("part", handle, 2000, 300, 1024);
        Assert.Equal(300, slice.Length);
        Assert.Equal(Content[2000], slice.ReadByte());
        slice.Seek(299);
        Assert.Equal(Content[2299], slice.ReadByte());
        Assert.ThrowsAny<IOException>(() => slice.ReadByte());
    }

    [Fact]
    public void Disposing_a_clone_leaves_the_file_open_for_the_original_and_other_clones()
    {
        using var dir = new TempDir();
        using var input = PositionalIndexInput.Open(dir.File("f.bin", Content), IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        clone.Seek(10);
        Assert.Equal(Content[10], clone.ReadByte());
        clone.Dispose();
        var other = (IndexInput)input.Clone();
        other.Seek(70_000);
        Assert.Equal(Content[70_000], other.ReadByte());
        input.Seek(5);
        Assert.Equal(Content[5], input.ReadByte());
    }
}
