using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// An <see cref="NIOFSDirectory"/> whose inputs read with lock-free positional reads (<see cref="PositionalIndexInput"/>),
/// 16 KB per system call instead of Lucene's default 1 KB for files read in long runs. Profiling the server showed
/// over half of a search's time in small reads, each one a lock, a seek and a syscall, while walking posting lists.
/// NIOFS, not FSDirectory.Open: the mmap directory can crash under concurrent search in 4.8.0-beta00017.
/// </summary>
internal sealed class ReadAheadDirectory(DirectoryInfo path) : NIOFSDirectory(path)
{
    public const int BufferSize = 16 * 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return Enlarged(name, PositionalIndexInput.Open(Path.Combine(Directory.FullName, name), context));
    }

    // Compound-file segments reach their parts through slices, which do not go through OpenInput.
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), BufferedIndexInput.GetBufferSize(context));
    }

    // Only files read in long runs: posting lists, stored fields and doc values (walked in doc order by sorts).
    // The term dictionary is read in
    // small random blocks, where a larger buffer would only copy more.
    private static readonly string[] SequentialExtensions = [".doc", ".pos", ".pay", ".fdt", ".dvd"];

    private static IndexInput Enlarged(string name, IndexInput input)
    {
        var sequential = SequentialExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal));
        if (sequential && input is BufferedIndexInput buffered && buffered.BufferSize < BufferSize) buffered.SetBufferSize(BufferSize);
        return input;
    }

    private sealed class Slicer(string path, SafeFileHandle handle, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            Enlarged(sliceDescription, PositionalIndexInput.Slice($"PositionalIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", handle, offset, length, bufferSize));

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing) handle.Dispose();
        }
    }
}
