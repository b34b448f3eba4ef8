namespace QuoteSearch.Core.Identity;

/// <summary>
/// Groups the written names of an index into people and organisations. Full names are placed fullest first; each
/// joins the one group whose every name <see cref="PersonMatch.SamePerson"/> accepts, and starts a group of its own
/// when none or several do ("George Halvorsen" beside "George H. W. Halvorsen" and "George W. Halvorsen" stays apart). A name of one
/// word joins the one group with that surname, or failing any, the one group with that given name; with two (Bill
/// and Rosalind Halloran) it stays apart rather than be guessed. Organisations group by <see cref="OrganisationNames"/>.
/// The result depends only on the set of names, never on their order or counts: a group's id and name come from its
/// fullest name (most parts, then the longest given and middle names, then the first in id order).
/// </summary>
public static class SpeakerGrouping
{
    public static IReadOnlyList<SpeakerGroup> Group(IEnumerable<WrittenSpeaker> speakers)
    {
        var all = speakers.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var people = new PeopleGroups();
        var parsed = all.Where(s => !s.IsOrganisation).Select(s => (Speaker: s, Name: PersonNames.Parse(s.Name))).ToList();
        foreach (var (speaker, name) in parsed.Where(p => !p.Name.IsSingleWord)
                     .OrderByDescending(p => p.Name.Detail).ThenByDescending(p => p.Name.Given!.Length + p.Name.Middles.Sum(m => m.Length))
                     .ThenBy(p => p.Speaker.Id, StringComparer.Ordinal))
        {
            people.AddFullName(speaker, name);
        }
        var personsWords = all.Where(s => s.IsOrganisation && IsPersonsWord(s, people))
            .Select(s => (Speaker: s, Name: PersonNames.Parse(s.Name)));
        var singles = parsed.Where(p => p.Name.IsSingleWord).Concat(personsWords)
            .OrderBy(p => p.Speaker.Id, StringComparer.Ordinal).ToList();
        var organisations = new OrganisationGroups(all.Where(s => s.IsOrganisation && !singles.Any(p => p.Speaker == s)));
        foreach (var (speaker, name) in singles.Where(p => !organisations.TryAcronym(p.Speaker)))
        {
            people.AddSingleWord(speaker, name);
        }
        return Unique(people.Groups().Concat(organisations.Groups()));
    }

    /// <summary>
    /// A one-word "organisation" that is the surname or given name of a person in the index is read as a person's
    /// name: a bare surname is often taken for a company ("Vashenskyy said"), and the full names settle it.
    /// </summary>
    private static bool IsPersonsWord(WrittenSpeaker speaker, PeopleGroups people) =>
        !speaker.Name.Trim().Contains(' ', StringComparison.Ordinal) && !OrganisationNames.IsAcronym(speaker.Name)
        && people.Knows(PersonNames.Parse(speaker.Name));

    /// <summary>Two groups with the same display name keep distinct ids: the later one takes its own written id.</summary>
    private static List<SpeakerGroup> Unique(IEnumerable<SpeakerGroup> groups)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<SpeakerGroup>();
        foreach (var group in groups)
        {
            var unique = taken.Add(group.Id) ? group : group with { Id = group.Members[0] };
            if (!ReferenceEquals(unique, group)) taken.Add(unique.Id);
            result.Add(unique);
        }
        return result;
    }
}
