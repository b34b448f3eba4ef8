using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Identity;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// The speaker id each quote of a run of extracted articles would have in a fresh index of exactly those articles,
/// without building one: written names are counted per <see cref="SpeakerIds.For"/> as <see cref="SpeakerCounts"/>
/// counts indexed quotes (the name written most often, organisation when the first quote says so), grouped by
/// <see cref="SpeakerSummaries"/> and resolved as <see cref="SpeakerDirectory.WithSpeakerId"/> resolves a hit.
/// Editors' corrections live in an index folder, so none apply. For measuring identity (<c>extract --speaker-ids</c>).
/// </summary>
public static class ExtractedSpeakerIds
{
    /// <summary>One id per quote, in the order given: its speaker's (person's or organisation's) id, null without a speaker.</summary>
    public static IReadOnlyList<string?> Of(IReadOnlyList<Quote> quotes)
    {
        var byWritten = SpeakerDirectory.ById(SpeakerSummaries.Of(Count(quotes), []));
        return quotes.Select(q => q.Speaker is null ? null : byWritten[SpeakerIds.For(q.Speaker)].Id).ToList();
    }

    private static List<WrittenSpeakerCount> Count(IEnumerable<Quote> quotes)
    {
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var quote in quotes.Where(q => q.Speaker is not null))
        {
            var id = SpeakerIds.For(quote.Speaker!);
            if (!tallies.TryGetValue(id, out var tally))
            {
                tallies[id] = tally = new Tally(quote.SpeakerType == SpeakerType.Organisation);
            }
            tally.Names[quote.Speaker!] = tally.Names.GetValueOrDefault(quote.Speaker!) + 1;
            tally.Quotes++;
            tally.Genders.Add(quote.SpeakerGender);
        }
        // Days only date a speaker's first and last quote; they play no part in who is who.
        return tallies.Select(t => new WrittenSpeakerCount(t.Key, t.Value.Names, t.Value.Quotes, t.Value.IsOrganisation, 0, 0)
        {
            Gender = t.Value.Genders.Result,
        }).ToList();
    }

    private sealed class Tally(bool isOrganisation)
    {
        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);
        public int Quotes;
        public bool IsOrganisation { get; } = isOrganisation;
        public GenderTally Genders;
    }
}
