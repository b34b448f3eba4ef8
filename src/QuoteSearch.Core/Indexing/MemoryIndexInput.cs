using System.Buffers.Binary;
using Lucene.Net.Store;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// A whole index file held in memory and read from there: for the stored-fields index (.fdx, 8 bytes a document),
/// which every hit reads once at a random place, so each read was a system call for 8 bytes. Clones share the bytes
/// and keep their own position. Reading past the end throws <see cref="EndOfStreamException"/>, as file inputs do.
/// </summary>
internal sealed class MemoryIndexInput : IndexInput
{
    private readonly byte[] bytes;
    private int position;

    private MemoryIndexInput(string description, byte[] bytes) : base(description) => this.bytes = bytes;

    /// <summary>Reads the file at <paramref name="path"/> whole (it must be under 2 GB).</summary>
    public static MemoryIndexInput Load(string path) => new($"MemoryIndexInput(path=\"{path}\")", File.ReadAllBytes(path));

    public override long Length => bytes.Length;

    public override long Position => position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > bytes.Length) throw new EndOfStreamException($"seek to {pos} past the end ({bytes.Length}): {this}");
        position = (int)pos;
    }

    public override byte ReadByte()
    {
        if (position >= bytes.Length) throw new EndOfStreamException($"read past the end: {this}");
        return bytes[position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > bytes.Length - position) throw new EndOfStreamException($"read of {len} bytes past the end: {this}");
        Buffer.BlockCopy(bytes, position, b, offset, len);
        position += len;
    }

    // Lucene's DataInput reads a long as eight single bytes; this is the same big-endian value in one read.
    public override long ReadInt64()
    {
        if (bytes.Length - position < sizeof(long)) throw new EndOfStreamException($"read past the end: {this}");
        var value = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(position));
        position += sizeof(long);
        return value;
    }

    protected override void Dispose(bool disposing) { }
}
