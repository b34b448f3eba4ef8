using Lucene.Net.Index;
using Lucene.Net.Store;
using QuoteSearch.Core.Domain;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// How <see cref="QuoteIndex.Open"/> opens a folder, whatever a killed writer left in it: a writer first takes the
/// folder's <see cref="WriterLock"/>, then clears a first commit that was never finished (<see cref="UnfinishedCommits"/>);
/// a reader says that no index is there yet; anything else unreadable is one line saying how to recover.
/// </summary>
internal static class IndexOpener
{
    public static Result<QuoteIndex> Open(string path, bool writable)
    {
        QuoteSearchCodec.Register();
        if (!writable && !System.IO.Directory.Exists(path)) return Result<QuoteIndex>.Fail(IndexErrors.Missing(path));
        LuceneDirectory? directory = null;
        WriterLock? held = null;
        try
        {
            if (writable)
            {
                System.IO.Directory.CreateDirectory(path);
                held = WriterLock.TryTake(path);
                if (held is null) return Result<QuoteIndex>.Fail(IndexErrors.Locked(path));
            }
            directory = new ReadAheadDirectory(new DirectoryInfo(path));
            var opened = writable ? OpenWriter(directory, path, held!) : OpenReader(directory, path);
            if (opened.Success) return opened;
            held?.Dispose();
            directory.Dispose();
            return opened;
        }
        catch (LockObtainFailedException)
        {
            Release(held, directory);
            return Result<QuoteIndex>.Fail(IndexErrors.Locked(path));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged file can make Lucene throw almost anything (IO, format, index out of range): one line, no trace.
            Release(held, directory);
            return Result<QuoteIndex>.Fail(IndexErrors.Unreadable(path, e.Message));
        }
    }

    private static void Release(WriterLock? held, LuceneDirectory? directory)
    {
        held?.Dispose();
        directory?.Dispose();
    }

    private static Result<QuoteIndex> OpenReader(LuceneDirectory directory, string path)
    {
        if (!DirectoryReader.IndexExists(directory)) return Result<QuoteIndex>.Fail(IndexErrors.Missing(path));
        if (UnfinishedCommits.AreAllThereIs(directory)) return Result<QuoteIndex>.Fail(IndexErrors.NothingCommitted(path));
        if (IndexFormat.Check(directory, path) is { } outdated) return Result<QuoteIndex>.Fail(outdated);
        return Result<QuoteIndex>.Ok(new QuoteIndex(directory, null, new WarmingSearcherFactory(), null) { Location = path });
    }

    private static Result<QuoteIndex> OpenWriter(LuceneDirectory directory, string path, WriterLock held)
    {
        // Safe only under the lock: no live writer can be half way through this folder's first commit.
        if (UnfinishedCommits.AreAllThereIs(directory)) UnfinishedCommits.Remove(directory);
        if (IndexFormat.Check(directory, path) is { } outdated) return Result<QuoteIndex>.Fail(outdated);
        var config = new IndexWriterConfig(QuoteAnalyzers.Version, QuoteAnalyzers.Create())
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64,
            Codec = new QuoteSearchCodec(),
            MergePolicy = SegmentMerging.Policy(),
        };
        // No compound files: packing each flushed segment into one file copied every byte a second time
        // (3.6% of single-thread ingest in perf; 20k articles: 16.4 → 15.7 s over three runs each).
        config.UseCompoundFile = false;
        var writer = new IndexWriter(directory, config);
        try
        {
            writer.SetCommitData(new Dictionary<string, string>(writer.CommitData)
            {
                [IndexFormat.UserData.Key] = IndexFormat.UserData.Value,
            });
            writer.Commit();
            // Searchers follow commits, not the writer's buffer: near-real-time reopens would flush a segment
            // every refresh and slow bulk ingest many times over; commits are what "searchable" promises.
            return Result<QuoteIndex>.Ok(new QuoteIndex(directory, writer, new WarmingSearcherFactory(), held) { Location = path });
        }
        catch
        {
            // Not Dispose: that would try to commit again what just failed.
            writer.Rollback();
            throw;
        }
    }
}
