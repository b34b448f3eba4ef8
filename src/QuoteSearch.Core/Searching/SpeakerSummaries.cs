using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Identity.Corrections;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Turns the counted ids of the index into one <see cref="SpeakerSummary"/> per speaker that identity finds, with the
/// editors' corrections applied.
/// </summary>
internal static class SpeakerSummaries
{
    public static List<SpeakerSummary> Of(IReadOnlyList<WrittenSpeakerCount> counts, IReadOnlyList<SpeakerCorrection> corrections)
    {
        var byId = counts.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var written = counts.Select(c => new WrittenSpeaker(c.Id, c.Name, c.IsOrganisation, c.Gender));
        var groups = CorrectionRules.Apply(SpeakerGrouping.Group(written), id => byId[id].Name, corrections);
        return groups.Select(g => Summary(g, g.Members.Select(id => byId[id]).ToList()))
            .OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    private static SpeakerSummary Summary(SpeakerGroup group, List<WrittenSpeakerCount> members)
    {
        var dated = members.Where(m => m.LastDay > 0).ToList();
        return new SpeakerSummary(group.Id, group.Name, members.Sum(m => m.Quotes))
        {
            Aliases = members.SelectMany(m => m.Names.Keys).Where(n => n != group.Name).Distinct().Order(StringComparer.Ordinal).ToList(),
            Ids = group.Members,
            Type = group.Type,
            FirstQuote = dated.Count == 0 ? null : Date(dated.Min(m => m.FirstDay)),
            LastQuote = dated.Count == 0 ? null : Date(dated.Max(m => m.LastDay)),
        };
    }

    private static DateOnly Date(int day) => new(day / 10000, day / 100 % 100, day % 100);
}
