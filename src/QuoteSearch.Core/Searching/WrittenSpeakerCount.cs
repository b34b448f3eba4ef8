using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// One indexed speaker id: how often each written name under it occurs, its quotes, whether its quotes call it an
/// organisation, and its first and last published day (yyyyMMdd; 0 when no quote is dated). <see cref="Gender"/> is the
/// one gender its quotes' titles give (<see cref="Quote.SpeakerGender"/>), null when they give none or both.
/// </summary>
internal sealed record WrittenSpeakerCount(
    string Id, IReadOnlyDictionary<string, int> Names, int Quotes, bool IsOrganisation, int FirstDay, int LastDay)
{
    public SpeakerGender? Gender { get; init; }

    /// <summary>The name written most often (the longer one on a tie): the one identity reads.</summary>
    public string Name => Names.OrderByDescending(n => n.Value).ThenByDescending(n => n.Key.Length)
        .ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
}
