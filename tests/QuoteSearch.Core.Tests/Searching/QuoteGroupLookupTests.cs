using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Searching;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class QuoteGroupLookupTests
{
    [Fact]
    public void A_quote_id_is_found_when_its_article_id_holds_a_hash_sign()
    {
        using var dir = new TempDir();
        using var index = QuoteIndex.Open(dir.Path, writable: true).Value!;
        index.Upsert(Articles.Indexable("feed#7", "“The bridge opens in May,” Ann Lee said. “Tolls stay,” she added."));
        index.Commit();

        var group = new QuoteGroups(index).OfQuote(QuoteIds.For("feed#7", 1))!;

        Assert.Equal("Tolls stay,", Assert.Single(group.Appearances).Text);
        Assert.Null(new QuoteGroups(index).OfQuote(QuoteIds.For("feed#7", 9)));
        Assert.Null(new QuoteGroups(index).OfQuote("no-hash"));
    }
}
