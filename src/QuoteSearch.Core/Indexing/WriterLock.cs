namespace QuoteSearch.Core.Indexing;

/// <summary>
/// One writer per index folder across processes: an exclusive lock on <see cref="FileName"/> in the folder, held
/// while the writer is open and released by the operating system when the process ends, even on kill -9.
/// Lucene.Net's own write.lock excludes a second writer only inside one process: on Linux a second `index` or
/// `serve` on a folder another process was writing opened it and wrote segments beside the first writer's.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    public const string FileName = "quotesearch-writer.lock";

    // How .NET reports a file another handle holds with FileShare.None: ERROR_SHARING_VIOLATION on Windows, and
    // flock's EWOULDBLOCK as the raw errno on Linux (11) and macOS (35).
    private static readonly int[] HeldElsewhere = [unchecked((int)0x80070020), 11, 35];

    private readonly FileStream held;

    private WriterLock(FileStream held) => this.held = held;

    /// <summary>Takes the lock of <paramref name="folder"/>, or null when another writer holds it.</summary>
    /// <exception cref="IOException">The lock file cannot be created (a read-only folder, a full disk).</exception>
    public static WriterLock? TryTake(string folder)
    {
        try
        {
            var path = Path.Combine(folder, FileName);
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (HeldElsewhere.Contains(e.HResult))
        {
            return null;
        }
    }

    // The file stays: deleting it on release would let a writer waiting on the old file and a new one both "hold" it.
    public void Dispose() => held.Dispose();
}
