using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// An <see cref="NIOFSDirectory"/> whose inputs read with lock-free positional reads (<see cref="PositionalIndexInput"/>),
/// 4–16 KB per system call instead of Lucene's default 1 KB for files read in runs. Profiling the server showed
/// over half of a search's time in small reads, each one a lock, a seek and a syscall, while walking posting lists.
/// NIOFS, not FSDirectory.Open: the mmap directory can crash under concurrent search in 4.8.0-beta00017. The small
/// stored-fields index is held in memory (<see cref="MemoryIndexInput"/>). Files are written through
/// <see cref="ChecksumFileOutput"/>.
/// </summary>
internal sealed class ReadAheadDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    public const int BufferSize = 16 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        if (IsHeldInMemory(name, context, new FileInfo(path).Length)) return MemoryIndexInput.Load(path);
        return Enlarged(name, PositionalIndexInput.Open(path, context));
    }

    /// <summary>Largest file held in memory: a stored-fields index of 32 million documents, far above any segment here.</summary>
    internal const long MaxHeldInMemory = 256L * 1024 * 1024;

    /// <summary>
    /// The stored-fields index: 8 bytes a document, read once per hit at a random place (a pread for 8 bytes). Not for
    /// merges, which read it once in order, nor past <see cref="MaxHeldInMemory"/> bytes.
    /// </summary>
    internal static bool IsHeldInMemory(string name, IOContext context, long length) =>
        name.EndsWith(".fdx", StringComparison.Ordinal) && context.Context != IOContext.UsageContext.MERGE
        && length <= MaxHeldInMemory;

    /// <summary>Files written with a vectorised checksum (<see cref="ChecksumFileOutput"/>).</summary>
    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        EnsureCanWrite(name);
        return new ChecksumFileOutput(Path.Combine(Directory.FullName, name));
    }

    // Compound-file segments reach their parts through slices, which do not go through OpenInput.
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(
            path,
            File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            BufferedIndexInput.GetBufferSize(context));
    }

    // Larger buffers only for files read in runs: doc values at 16 KB (a speaker count walks them in doc order),
    // posting lists at 4 KB. Postings were 16 KB too, until sorting by date stopped
    // reading doc values (PublishedDayKeys): then a conjunction's skips made each refill zero and copy 16 KB for a
    // few hundred bytes (a sixth of a word + speaker search under perf); in three alternating runs at 1.2M quotes
    // 4 KB was as fast or faster on all three benchmark queries (median p50 of phrases 1.21–1.52 → 0.93–1.23 ms).
    // Stored fields went from 16 to 4 KB for the same reason: a page of hits reads 20 quote records of a few hundred
    // bytes and their articles, each a refill at a new place, and copying 16 KB each was 6% of the server's time (perf,
    // in the kernel's copy) under the HTTP mix; three alternating runs: 1,381–1,435 → 1,395–1,527 requests/s.
    // The term dictionary is read in small random blocks: Lucene's 1 KB.
    private static readonly (string Extension, int Size)[] BufferSizes =
        [(".doc", 4 * 1024), (".pos", 4 * 1024), (".pay", 4 * 1024), (".fdt", 4 * 1024), (".dvd", BufferSize)];

    private static IndexInput Enlarged(string name, IndexInput input)
    {
        foreach (var (extension, size) in BufferSizes)
        {
            if (!name.EndsWith(extension, StringComparison.Ordinal)) continue;
            if (input is BufferedIndexInput buffered && buffered.BufferSize < size) buffered.SetBufferSize(size);
            break;
        }
        return input;
    }

    private sealed class Slicer(string path, SafeFileHandle handle, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            Enlarged(sliceDescription, PositionalIndexInput.Slice(
                $"PositionalIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})",
                handle, offset, length, bufferSize));

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing) handle.Dispose();
        }
    }
}
