using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class SpeakerMatcherTests
{
    private static SpeakerMatch Match(string asked, params (string Name, int Quotes)[] speakers)
    {
        var all = speakers.Select(s => new SpeakerSummary(QuoteSearch.Core.Identity.SpeakerIds.For(s.Name), s.Name, s.Quotes)).ToList();
        return new SpeakerMatcher(all, all.ToDictionary(s => s.Id)).Match(asked);
    }

    [Fact]
    public void A_surname_means_the_person_who_holds_nearly_all_its_quotes()
    {
        var match = Match("Ostrander", ("Harriet Ostrander", 40), ("Walter Ostrander", 3), ("Tobias Lindgren", 7));
        Assert.Equal("Harriet Ostrander", match.Speaker?.Name);
        Assert.Equal(2, match.Candidates.Count);
    }

    [Fact]
    public void A_surname_two_people_share_evenly_lists_both()
    {
        var match = Match("Ostrander", ("Harriet Ostrander", 5), ("Walter Ostrander", 3));
        Assert.True(match.Ambiguous);
        Assert.Equal(["Harriet Ostrander", "Walter Ostrander"], match.Candidates.Select(c => c.Name));
    }

    [Fact]
    public void A_full_name_never_goes_to_the_dominant_relative()
    {
        var match = Match("Walter Ostrander", ("Harriet Ostrander", 40), ("Walter Ostrander", 3));
        Assert.Equal("Walter Ostrander", match.Speaker?.Name);
    }
}
