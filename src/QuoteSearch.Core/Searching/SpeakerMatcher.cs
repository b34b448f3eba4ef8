using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// The forgiving speaker filter, by the rules of <see cref="Identity"/>: an id (of the speaker or of any name it
/// was written as) is that speaker; a full name matches the speakers <see cref="PersonMatch.SamePerson"/> accepts;
/// a single word matches by surname, given name used alone, organisation name or acronym. Built once per index version.
/// </summary>
internal sealed class SpeakerMatcher
{
    private const int NearestShown = 5;

    private readonly IReadOnlyDictionary<string, SpeakerSummary> byId;
    private readonly List<(SpeakerSummary Speaker, List<PersonName> Names)> people;

    public SpeakerMatcher(IReadOnlyList<SpeakerSummary> all, IReadOnlyDictionary<string, SpeakerSummary> byId)
    {
        this.byId = byId;
        people = all.Select(s => (s, s.Type == SpeakerGroup.Person
            ? s.Aliases.Append(s.Name).Select(PersonNames.Parse).ToList() : [])).ToList();
    }

    public SpeakerMatch Match(string asked)
    {
        var id = SpeakerIds.For(asked);
        if (byId.TryGetValue(id, out var exact) && (asked == id || !IsBareWordAmong(exact, asked))) return SpeakerMatch.One(exact);
        var name = PersonNames.Parse(asked);
        var orgKey = OrganisationNames.Key(asked);
        var candidates = people.Where(p => Fits(p.Speaker, p.Names, name, orgKey, asked)).Select(p => p.Speaker)
            .Distinct().OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
        if (candidates.Count == 1) return SpeakerMatch.One(candidates[0]);
        if (candidates.Count > 1 && name.IsSingleWord && Dominates(candidates)) return new SpeakerMatch(candidates[0], candidates, []);
        if (candidates.Count > 1) return new SpeakerMatch(null, candidates, []);
        return new SpeakerMatch(null, [], Nearest(id));
    }

    /// <summary>
    /// "Brandt" in an index where one Brandt holds 216 quotes and a relative 9: a surname means the person who holds at
    /// least <see cref="DominanceFactor"/> times the quotes of everyone else with it together; the others stay listed as
    /// candidates. Candidates come most quoted first.
    /// </summary>
    private static bool Dominates(List<SpeakerSummary> candidates) =>
        candidates[0].Quotes >= DominanceFactor * candidates.Skip(1).Sum(c => c.Quotes);

    private const int DominanceFactor = 4;

    /// <summary>
    /// A one-word name that is a speaker of its own only because several people share it ("Halloran") is not an exact
    /// match: the people who share it are the candidates. Asked as an id ("halloran", as the API gives it out), it is.
    /// </summary>
    private bool IsBareWordAmong(SpeakerSummary exact, string asked) =>
        !asked.Contains(' ', StringComparison.Ordinal) && !exact.Name.Contains(' ', StringComparison.Ordinal)
        && people.Count(p => p.Names.Any(n => !n.IsSingleWord && PersonMatch.SurnameOf(PersonNames.Parse(asked), n))) > 1;

    private static bool Fits(SpeakerSummary speaker, List<PersonName> names, PersonName asked, string orgKey, string text)
    {
        if (speaker.Type == SpeakerGroup.Organisation)
        {
            var all = speaker.Aliases.Append(speaker.Name);
            return all.Any(n => OrganisationNames.Key(n) == orgKey || OrganisationNames.Spells(text, n));
        }
        if (!asked.IsSingleWord) return names.Any(n => PersonMatch.SamePerson(n, asked));
        return names.Any(n => n.IsSingleWord ? Spellings.SameSurname(n.Surname, asked.Surname)
            : PersonMatch.SurnameOf(asked, n) || PersonMatch.GivenNameOf(asked, n));
    }

    /// <summary>The speakers whose id, or one of its words, is closest to what was asked (at most a third of it off).</summary>
    private List<SpeakerSummary> Nearest(string id)
    {
        if (id.Length == 0) return [];
        var most = Math.Max(2, id.Length / 3);
        return people.Select(p => (p.Speaker, Distance: p.Speaker.Ids.Append(p.Speaker.Id)
                .SelectMany(i => i.Split('-').Append(i)).Min(w => Distance.Levenshtein(w, id))))
            .Where(p => p.Distance <= most)
            .OrderBy(p => p.Distance).ThenByDescending(p => p.Speaker.Quotes).ThenBy(p => p.Speaker.Name, StringComparer.Ordinal)
            .Take(NearestShown).Select(p => p.Speaker).ToList();
    }
}
