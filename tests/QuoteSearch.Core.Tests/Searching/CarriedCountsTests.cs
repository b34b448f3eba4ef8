using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class CarriedCountsTests
{
    private static int Carried(QuoteIndex index, QuoteGroups groups, string query)
    {
        var hit = new QuoteSearcher(index).Search(new SearchRequest { Query = query }).Value!.Hits[0];
        return groups.CarriedCounts([hit.Fingerprint])[hit.Fingerprint];
    }

    [Fact]
    public void Counts_follow_new_segments_and_deletions()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        var groups = new QuoteGroups(index);
        groups.KeepCountsWarm();
        index.Upsert(Articles.Indexable("a", "“The bridge will open in May,” Ann Lee said."));
        index.Commit();
        Assert.Equal(1, Carried(index, groups, "bridge"));

        index.Upsert(Articles.Indexable("b", "“The bridge will open in May,” said Ann Lee."));
        index.Upsert(Articles.Indexable("c", "“The BRIDGE will open in May!” Lee said."));
        index.Commit();
        Assert.Equal(3, Carried(index, groups, "bridge"));

        // A deleted article no longer carries the quote, though its segment is not merged away yet.
        index.Delete("b");
        index.Commit();
        Assert.Equal(2, Carried(index, groups, "bridge"));
    }

    [Fact]
    public void A_quote_no_one_else_carried_counts_once()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        index.Upsert(Articles.Indexable("a", "“Only here,” Ann Lee said."));
        index.Commit();
        var groups = new QuoteGroups(index);
        Assert.Equal(1, Carried(index, groups, "only"));
        Assert.Equal(1, groups.CarriedCounts(["never indexed"])["never indexed"]);
    }
}
