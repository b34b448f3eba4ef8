using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Commits a killed writer never finished. Lucene writes a commit's segments_N file and then its checksum footer;
/// a kill in between leaves a file without one. Beside a finished commit that is harmless (readers fall back to
/// the previous generation and the next writer deletes it), but when a kill lands in the very first commit of a
/// folder the unfinished segments_1 is all there is: Lucene counts the folder as an index, yet neither a reader
/// nor a writer can read it, so the folder would never open again (issue 18).
/// </summary>
internal static class UnfinishedCommits
{
    /// <summary>
    /// True when the folder holds segments files and none is a finished commit: nothing was ever committed in it.
    /// False when any commit is finished, or when a file vanished while being checked (a writer is at work).
    /// </summary>
    public static bool AreAllThereIs(LuceneDirectory directory)
    {
        var commits = CommitFiles(directory);
        return commits.Length > 0 && commits.All(name => IsFinished(directory, name) == false);
    }

    /// <summary>Deletes the unfinished commit files; only for a writer holding the folder's <see cref="WriterLock"/>.</summary>
    public static void Remove(LuceneDirectory directory)
    {
        var generations = directory.ListAll().Where(name => name == IndexFileNames.SEGMENTS_GEN);
        foreach (var name in CommitFiles(directory).Concat(generations)) directory.DeleteFile(name);
    }

    private static string[] CommitFiles(LuceneDirectory directory) =>
        directory.ListAll().Where(name => name.StartsWith(IndexFileNames.SEGMENTS + "_", StringComparison.Ordinal)).ToArray();

    /// <summary>Whether the file ends in a footer whose checksum matches; null when it is gone.</summary>
    private static bool? IsFinished(LuceneDirectory directory, string name)
    {
        try
        {
            using var input = directory.OpenInput(name, IOContext.READ_ONCE);
            if (input.Length < CodecUtil.FooterLength()) return false;
            CodecUtil.ChecksumEntireFile(input);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Whatever the reason the footer does not check out (cut short, past the end), the commit is not whole.
            return false;
        }
    }
}
