namespace QuoteSearch.Core.Searching;

/// <summary>The speaker directory as pages: filtered by type and name prefix, sorted, then cut to one page.</summary>
public static class SpeakerListing
{
    public static SpeakerListPage List(SpeakerDirectory directory, SpeakerListRequest request)
    {
        var matching = directory.Filter(request.Prefix).Where(s => request.Type is null || s.Type == request.Type);
        var sorted = request.Sort switch
        {
            SpeakerSort.Name => matching.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal),
            SpeakerSort.Latest => matching.OrderByDescending(s => s.LastQuote ?? DateOnly.MinValue).ThenByDescending(s => s.Quotes)
                .ThenBy(s => s.Id, StringComparer.Ordinal),
            _ => matching.OrderByDescending(s => s.Quotes).ThenBy(s => s.Name, StringComparer.Ordinal)
                .ThenBy(s => s.Id, StringComparer.Ordinal),
        };
        var all = sorted.ToList();
        return new SpeakerListPage(all.Count, all.Skip(request.Offset).Take(request.Limit).ToList());
    }
}
