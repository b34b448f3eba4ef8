namespace QuoteSearch.Core.Identity;

/// <summary>
/// One person or organisation across the index: its id (from the fullest name, without titles), the name shown,
/// "person" or "organisation", and the ids of every written name that is this speaker (the canonical one first).
/// </summary>
public sealed record SpeakerGroup(string Id, string Name, string Type, IReadOnlyList<string> Members)
{
    public const string Person = "person";
    public const string Organisation = "organisation";
}
