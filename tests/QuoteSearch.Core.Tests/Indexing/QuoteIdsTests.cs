using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Tests.Indexing;

public sealed class QuoteIdsTests
{
    [Theory]
    [InlineData("harbour-2019.11_vote", 3, "harbour-2019.11_vote.3")]
    [InlineData("feed#7", 1, "ZmVlZCM3~1")]
    [InlineData("a b/c?d", 0, "YSBiL2M_ZA~0")]
    [InlineData("Lindgrén", 12, "TGluZGdyw6lu~12")]
    [InlineData("x~y", 2, "eH55~2")]
    public void A_quote_id_needs_no_escaping_in_a_url_path_and_gives_back_its_article(string article, int ordinal, string expected)
    {
        var id = QuoteIds.For(article, ordinal);
        Assert.Equal(expected, id);
        Assert.Equal(id, Uri.EscapeDataString(id));
        Assert.True(QuoteIds.TryArticleOf(id, out var back));
        Assert.Equal(article, back);
    }

    [Theory]
    [InlineData("feed#7#1", true, "feed#7")]
    [InlineData("no-ordinal", false, "")]
    [InlineData("ends.", false, "")]
    [InlineData(".5", false, "")]
    [InlineData("!!!~1", false, "")]
    public void Ids_of_older_indexes_are_read_and_others_refused(string id, bool found, string article)
    {
        Assert.Equal(found, QuoteIds.TryArticleOf(id, out var back));
        Assert.Equal(article, back);
    }
}
