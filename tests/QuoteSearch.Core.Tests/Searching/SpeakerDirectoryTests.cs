using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class SpeakerDirectoryTests(SearchCorpus corpus) : IClassFixture<SearchCorpus>
{
    private readonly SpeakerDirectory speakers = new(corpus.Index);

    [Fact]
    public void A_surname_and_a_near_spelling_merge_with_the_only_full_name()
    {
        var haldensky = Assert.Single(speakers.All(), s => s.Id == "mykola-haldensky");
        Assert.Equal(4, haldensky.Quotes);
    }

    [Fact]
    public void A_surname_shared_by_two_people_is_not_guessed()
    {
        var ids = speakers.All().Select(s => s.Id).ToList();
        Assert.Contains("marta-brekke", ids);
        Assert.Contains("jonas-brekke", ids);
    }

    [Theory]
    [InlineData("hal")]
    [InlineData("myko")]
    [InlineData("Haldenskky")]
    public void Autocomplete_finds_by_prefix_or_near_spelling(string prefix) =>
        Assert.Equal("mykola-haldensky", speakers.Find(prefix, 5).First().Id);

    [Fact]
    public void A_profile_counts_quotes_per_month_and_keeps_aliases()
    {
        var profile = speakers.Profile("haldenskyy")!;
        Assert.Equal("mykola-haldensky", profile.Id);
        Assert.Equal([new MonthCount("2026-01", 2), new MonthCount("2026-02", 2)], profile.Timeline);
    }
}
