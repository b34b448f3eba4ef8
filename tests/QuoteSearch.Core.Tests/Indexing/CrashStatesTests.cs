using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Indexing;

/// <summary>
/// The states a kill -9 of a writer can leave, built directly: each opens, or says in one line what to do,
/// and no committed article is lost.
/// </summary>
public sealed class CrashStatesTests
{
    private const string Said = "“The harbour reopens in May,” Tobias Lindgren said.";

    /// <summary>A folder whose only commit is a first segments_1 cut to <paramref name="keep"/> bytes (-1: all but its footer).</summary>
    private static void KilledInFirstCommit(string folder, int keep)
    {
        using var source = new TempDir();
        QuoteIndex.Open(source.Path, writable: true).Value!.Dispose();
        var whole = File.ReadAllBytes(Path.Combine(source.Path, "segments_1"));
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "segments_1"), whole[..(keep < 0 ? whole.Length - 16 : keep)]);
        File.WriteAllText(Path.Combine(folder, "write.lock"), "");
    }

    private static int Documents(string folder)
    {
        using var index = QuoteIndex.Open(folder, writable: false).Value!;
        return index.Read(s => s.IndexReader.NumDocs);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(-1)]
    public void A_kill_in_the_first_commit_reads_as_no_index_yet(int keep)
    {
        using var dir = new TempDir();
        KilledInFirstCommit(dir.Path, keep);

        var opened = QuoteIndex.Open(dir.Path, writable: false);

        Assert.False(opened.Success);
        Assert.Equal($"{dir.Path}: no index here yet: an `index` run stopped before its first commit (run `index` again)", opened.Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(-1)]
    public void A_writer_opens_a_folder_killed_in_its_first_commit_and_indexes_into_it(int keep)
    {
        using var dir = new TempDir();
        KilledInFirstCommit(dir.Path, keep);

        using (var index = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            index.Upsert(Articles.Indexable("a1", Said));
            index.Commit();
        }

        Assert.True(Documents(dir.Path) > 0);
    }

    [Fact]
    public void A_kill_in_a_later_commit_keeps_every_article_of_the_commit_before()
    {
        using var dir = new TempDir();
        using (var index = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            index.Upsert(Articles.Indexable("a1", Said));
            index.Commit();
        }
        var committed = Documents(dir.Path);
        var last = Directory.GetFiles(dir.Path, "segments_*").Max(StringComparer.Ordinal)!;
        // Generations are base 36 in file names; this index has made fewer than ten commits.
        var next = "segments_" + (int.Parse(Path.GetFileName(last)["segments_".Length..]) + 1);
        File.WriteAllBytes(Path.Combine(dir.Path, next), File.ReadAllBytes(last)[..40]);
        File.WriteAllText(Path.Combine(dir.Path, "write.lock"), "");

        Assert.Equal(committed, Documents(dir.Path));
        QuoteIndex.Open(dir.Path, writable: true).Value!.Dispose();
        Assert.Equal(committed, Documents(dir.Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_damaged_segment_is_one_line_saying_how_to_recover_not_an_exception(bool writable)
    {
        using var dir = new TempDir();
        using (var index = QuoteIndex.Open(dir.Path, writable: true).Value!)
        {
            index.Upsert(Articles.Indexable("a1", Said));
            index.Commit();
        }
        var info = Directory.GetFiles(dir.Path, "*.si").First();
        File.WriteAllBytes(info, File.ReadAllBytes(info)[..20]);

        var opened = QuoteIndex.Open(dir.Path, writable);

        Assert.False(opened.Success);
        Assert.StartsWith($"{dir.Path}: cannot open the index: ", opened.Error);
        Assert.EndsWith("move the folder aside and index the articles again into an empty one", opened.Error);
        Assert.DoesNotContain("\n", opened.Error!);
    }
}
