namespace QuoteSearch.Core.Identity;

/// <summary>
/// The organisations of <see cref="SpeakerGrouping"/>: one group per <see cref="OrganisationNames.Key"/>, and an
/// acronym joins the one organisation whose full name it spells (with two, it stays apart). The name shown is the
/// shortest full name: the one without "the" or a possessive.
/// </summary>
internal sealed class OrganisationGroups
{
    private readonly Dictionary<string, List<WrittenSpeaker>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> keysByInitials = new(StringComparer.Ordinal);

    public OrganisationGroups(IEnumerable<WrittenSpeaker> organisations)
    {
        var list = organisations.ToList();
        foreach (var org in list.Where(o => !OrganisationNames.IsAcronym(o.Name))) Add(org);
        foreach (var org in list.Where(o => OrganisationNames.IsAcronym(o.Name)))
        {
            if (!TryAcronym(org)) Add(org);
        }
    }

    /// <summary>Joins an acronym to the one organisation it spells; false when it spells none or several.</summary>
    public bool TryAcronym(WrittenSpeaker speaker)
    {
        if (!OrganisationNames.IsAcronym(speaker.Name)) return false;
        var initials = OrganisationNames.Key(speaker.Name).Replace("-", "", StringComparison.Ordinal);
        if (!keysByInitials.TryGetValue(initials, out var keys) || keys.Count != 1) return false;
        byKey[keys[0]].Add(speaker);
        return true;
    }

    public IEnumerable<SpeakerGroup> Groups() => byKey.Values.Select(members =>
    {
        var canonical = members.OrderBy(m => OrganisationNames.IsAcronym(m.Name))
            .ThenBy(m => m.Name.Length).ThenBy(m => m.Id, StringComparer.Ordinal).First();
        var ids = members.Select(m => m.Id).OrderBy(id => id != canonical.Id).ThenBy(id => id, StringComparer.Ordinal).ToList();
        return new SpeakerGroup(SpeakerIds.For(canonical.Name), canonical.Name, SpeakerGroup.Organisation, ids);
    });

    private void Add(WrittenSpeaker org)
    {
        var key = OrganisationNames.Key(org.Name);
        if (!byKey.TryGetValue(key, out var members))
        {
            byKey[key] = members = [];
            var initials = OrganisationNames.Initials(org.Name);
            if (initials.Length >= 2 && !OrganisationNames.IsAcronym(org.Name))
            {
                if (!keysByInitials.TryGetValue(initials, out var keys)) keysByInitials[initials] = keys = [];
                keys.Add(key);
            }
        }
        members.Add(org);
    }
}
