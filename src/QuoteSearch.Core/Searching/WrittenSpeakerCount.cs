namespace QuoteSearch.Core.Searching;

/// <summary>
/// One indexed speaker id: how often each written name under it occurs, its quotes, whether its quotes call it an
/// organisation, and its first and last published day (yyyyMMdd; 0 when no quote is dated).
/// </summary>
internal sealed record WrittenSpeakerCount(
    string Id, IReadOnlyDictionary<string, int> Names, int Quotes, bool IsOrganisation, int FirstDay, int LastDay)
{
    /// <summary>The name written most often (the longer one on a tie): the one identity reads.</summary>
    public string Name => Names.OrderByDescending(n => n.Value).ThenByDescending(n => n.Key.Length)
        .ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
}
