using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Identity;

namespace QuoteSearch.Core.Tests.Identity;

public sealed class SpeakerGroupingTests
{
    [Theory]
    [MemberData(nameof(IdentityCases.All), MemberType = typeof(IdentityCases))]
    public void Each_written_name_gets_the_id_of_its_person(string because, string[] lines)
    {
        var expected = lines.Select(Parse).ToList();
        var ids = IdsOf(expected.Select(e => e.Speaker));
        Assert.All(expected, e => Assert.True(ids[e.Speaker.Id] == e.Id,
            $"{because}: '{e.Speaker.Name}' got {ids[e.Speaker.Id]}, not {e.Id}"));
    }

    [Theory]
    [MemberData(nameof(IdentityCases.All), MemberType = typeof(IdentityCases))]
    public void Ids_do_not_depend_on_the_order_names_arrive_in(string because, string[] lines)
    {
        var speakers = lines.Select(l => Parse(l).Speaker).ToList();
        var forward = IdsOf(speakers);
        var backward = IdsOf(Enumerable.Reverse(speakers));
        Assert.True(forward.OrderBy(p => p.Key).SequenceEqual(backward.OrderBy(p => p.Key)), because);
    }

    [Fact]
    public void All_the_cases_in_one_index_keep_their_ids()
    {
        var expected = IdentityCases.All.SelectMany(row => ((string[])row[1]).Select(Parse)).ToList();
        var ids = IdsOf(expected.Select(e => e.Speaker));
        Assert.All(expected, e => Assert.True(ids[e.Speaker.Id] == e.Id, $"'{e.Speaker.Name}' got {ids[e.Speaker.Id]}, not {e.Id}"));
    }

    /// <summary>Every written id to the id of the speaker it was grouped into; names with one id are one indexed speaker.</summary>
    private static Dictionary<string, string> IdsOf(IEnumerable<WrittenSpeaker> speakers) =>
        SpeakerGrouping.Group(speakers.DistinctBy(s => s.Id))
            .SelectMany(g => g.Members.Select(m => (m, g.Id))).ToDictionary(p => p.m, p => p.Id);

    private static (WrittenSpeaker Speaker, string Id) Parse(string line)
    {
        var parts = line.Split(" => ");
        var (name, organisation, gender) = parts[0].Split(':', 2) switch
        {
            ["org", var n] => (n, true, (SpeakerGender?)null),
            ["he", var n] => (n, false, SpeakerGender.Male),
            ["she", var n] => (n, false, SpeakerGender.Female),
            _ => (parts[0], false, null),
        };
        return (new WrittenSpeaker(SpeakerIds.For(name), name, organisation, gender), parts[1]);
    }
}
