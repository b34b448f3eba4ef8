using Lucene.Net.Store;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class MemoryIndexInputTests
{
    private static readonly long[] Longs = [0, 1, -1, long.MaxValue, long.MinValue, 0x0102030405060708, 1_234_567_890_123];

    // Written by Lucene's own output, so the big-endian long read is checked against Lucene's encoding.
    private static string WriteWithLucene(TempDir dir)
    {
        using (var directory = new SimpleFSDirectory(new DirectoryInfo(dir.Path)))
        using (var output = directory.CreateOutput("f.fdx", IOContext.DEFAULT))
        {
            output.WriteByte(7);
            foreach (var value in Longs) output.WriteInt64(value);
            output.WriteVInt32(300);
        }
        return Path.Combine(dir.Path, "f.fdx");
    }

    [Fact]
    public void Reads_back_what_lucene_wrote_at_any_position()
    {
        using var dir = new TempDir();
        using var input = MemoryIndexInput.Load(WriteWithLucene(dir));
        Assert.Equal(1 + 8 * Longs.Length + 2, input.Length);
        for (var i = Longs.Length - 1; i >= 0; i--)
        {
            input.Seek(1 + 8L * i);
            Assert.Equal(Longs[i], input.ReadInt64());
        }
        input.Seek(0);
        Assert.Equal(7, input.ReadByte());
        input.Seek(1 + 8L * Longs.Length);
        Assert.Equal(300, input.ReadVInt32());
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void Reading_past_the_end_throws_instead_of_returning_zeros()
    {
        using var dir = new TempDir();
        using var input = MemoryIndexInput.Load(WriteWithLucene(dir));
        input.Seek(input.Length - 4);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt64());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[5], 0, 5));
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
        input.Seek(input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_clone_keeps_its_own_position()
    {
        using var dir = new TempDir();
        using var input = MemoryIndexInput.Load(WriteWithLucene(dir));
        input.Seek(1);
        var clone = (IndexInput)input.Clone();
        clone.Seek(1 + 8 * 3);
        Assert.Equal(Longs[3], clone.ReadInt64());
        Assert.Equal(Longs[0], input.ReadInt64());
    }

    [Fact]
    public void The_index_directory_holds_stored_field_indexes_in_memory_but_not_for_merges()
    {
        using var dir = new TempDir();
        WriteWithLucene(dir);
        using var directory = new ReadAheadDirectory(new DirectoryInfo(dir.Path));
        using (var search = directory.OpenInput("f.fdx", IOContext.READ)) Assert.IsType<MemoryIndexInput>(search);
        var merging = new IOContext(new MergeInfo(1, 1, false, 1));
        using (var merge = directory.OpenInput("f.fdx", merging)) Assert.IsNotType<MemoryIndexInput>(merge);
    }

    [Fact]
    public void A_stored_fields_index_past_the_limit_is_read_from_the_file()
    {
        Assert.True(ReadAheadDirectory.IsHeldInMemory("_0.fdx", IOContext.READ, ReadAheadDirectory.MaxHeldInMemory));
        Assert.False(ReadAheadDirectory.IsHeldInMemory("_0.fdx", IOContext.READ, ReadAheadDirectory.MaxHeldInMemory + 1));
        Assert.False(ReadAheadDirectory.IsHeldInMemory("_0.fdt", IOContext.READ, 100));
    }
}
