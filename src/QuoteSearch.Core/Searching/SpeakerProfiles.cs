using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// A speaker's profile and roles, read from the index: quotes per month over all of them, names and roles from the
/// first <see cref="Sampled"/> (reading every stored quote of a speaker with thousands would cost seconds).
/// </summary>
internal static class SpeakerProfiles
{
    private const int Sampled = 100;

    public static SpeakerProfile? Of(QuoteIndex index, SpeakerSummary speaker) => index.Read(searcher =>
    {
        var collector = new MonthCollector(Sampled);
        searcher.Search(SpeakerDirectory.QuotesOf(speaker), collector);
        if (collector.Total == 0) return null;
        var records = collector.Sample.Select(doc => StoredQuoteFields.Read(searcher.IndexReader, doc).Data)
            .OfType<StoredQuoteData>().ToList();
        var aliases = records.Select(r => r.Speaker).OfType<string>().Concat(speaker.Aliases)
            .Where(n => n != speaker.Name).Distinct().Order(StringComparer.Ordinal).ToList();
        return new SpeakerProfile(speaker.Id, speaker.Name, aliases, Searching.Roles.Clean(records.Select(r => r.Role).OfType<string>()),
            collector.Total, collector.Months.Select(m => new MonthCount(m.Key, m.Value)).ToList())
        {
            Type = speaker.Type,
            FirstQuote = speaker.FirstQuote,
            LastQuote = speaker.LastQuote,
        };
    });

    public static IReadOnlyList<string> Roles(QuoteIndex index, SpeakerSummary speaker) => index.Read(searcher =>
    {
        var top = searcher.Search(SpeakerDirectory.QuotesOf(speaker), Sampled);
        var roles = top.ScoreDocs.Select(d => StoredQuoteFields.Read(searcher.IndexReader, d.Doc).Data?.Role);
        return Searching.Roles.Clean(roles.OfType<string>());
    });
}
