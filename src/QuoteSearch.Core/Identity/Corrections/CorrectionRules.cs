namespace QuoteSearch.Core.Identity.Corrections;

/// <summary>
/// Applies the corrections in force to the groups identity made, in the order they were made. A correction whose
/// speaker the index no longer holds does nothing (it applies again once the articles are back).
/// </summary>
public static class CorrectionRules
{
    private sealed class Group(SpeakerGroup group)
    {
        public string Id { get; set; } = group.Id;
        public string Name { get; set; } = group.Name;
        public string Type { get; } = group.Type;
        public List<string> Members { get; } = group.Members.ToList();
        public SpeakerGroup ToGroup() => new(Id, Name, Type, Members);
    }

    /// <param name="groups">The groups of <see cref="SpeakerGrouping"/>.</param>
    /// <param name="nameOf">The name written for an indexed id, for a speaker split off.</param>
    /// <param name="corrections">The corrections in force (<see cref="CorrectionLog.Active"/>).</param>
    public static IReadOnlyList<SpeakerGroup> Apply(
        IReadOnlyList<SpeakerGroup> groups, Func<string, string> nameOf, IReadOnlyList<SpeakerCorrection> corrections)
    {
        if (corrections.Count == 0) return groups;
        var working = groups.Select(g => new Group(g)).ToList();
        Group? Find(string? writtenId) => writtenId is null ? null : working.Find(g => g.Members.Contains(writtenId));
        foreach (var correction in corrections)
        {
            var speaker = Find(correction.Speaker);
            switch (correction.Kind)
            {
                case SpeakerCorrection.Merge when speaker is not null && Find(correction.Into) is { } into && into != speaker:
                    into.Members.AddRange(speaker.Members);
                    working.Remove(speaker);
                    break;
                case SpeakerCorrection.Rename when speaker is not null && correction.Name is { } name:
                    speaker.Name = name;
                    break;
                case SpeakerCorrection.Split when Find(correction.Alias) is { Members.Count: > 1 } from:
                    from.Members.Remove(correction.Alias!);
                    if (from.Id == correction.Alias) from.Id = from.Members[0];
                    working.Add(new Group(new SpeakerGroup(correction.Alias!, nameOf(correction.Alias!), from.Type, [correction.Alias!])));
                    break;
            }
        }
        return working.Select(g => g.ToGroup()).ToList();
    }
}
