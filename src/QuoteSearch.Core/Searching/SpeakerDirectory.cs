using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;
using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Identity.Corrections;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// The speakers of the index, one per person or organisation (<see cref="SpeakerGrouping"/>), with their quote
/// counts and the editors' corrections applied, cached until the index or the corrections change. Looks speakers up
/// by id, by any name (<see cref="Match"/>) or by prefix.
/// </summary>
public sealed class SpeakerDirectory(QuoteIndex index, CorrectionLog? corrections = null)
{
    /// <summary>The speakers of one index and corrections version, each of their ids to its speaker, and the matcher over them.</summary>
    private sealed record Snapshot(long Version, int Corrections, IReadOnlyList<SpeakerSummary> All,
        IReadOnlyDictionary<string, SpeakerSummary> ById, SpeakerMatcher Matcher, IReadOnlyDictionary<string, SpeakerSummary> ByQuote);

    private Snapshot? cache;
    private readonly object gate = new();

    /// <summary>Every speaker, most quotes first.</summary>
    public IReadOnlyList<SpeakerSummary> All() => Current().All;

    /// <remarks>
    /// One request recounts after a commit; requests arriving meanwhile answer from the snapshot before it rather than
    /// queue behind the recount (under an API ingest committing many times a second, they queued for seconds). A
    /// request made after a commit has returned, with no recount running, sees it; a correction is always seen.
    /// </remarks>
    private Snapshot Current() => index.Read(searcher =>
    {
        var version = ((DirectoryReader)searcher.IndexReader).Version;
        var corrected = corrections?.Version ?? 0;
        var last = Volatile.Read(ref cache);
        if (last is not null && last.Version == version && last.Corrections == corrected) return last;
        // Only newer articles may wait for the next snapshot: an editor's correction is always seen once made.
        var canAnswerStale = last is not null && last.Corrections == corrected;
        if (canAnswerStale && !Monitor.TryEnter(gate)) return last!;
        if (!canAnswerStale) Monitor.Enter(gate);
        try
        {
            if (cache is { } hit && hit.Version == version && hit.Corrections == corrected) return hit;
            var active = corrections?.Active ?? [];
            var grouped = SpeakerSummaries.Of(SpeakerCounts.Read(searcher.IndexReader), active);
            var (all, byQuote) = QuoteReassignments.Apply(searcher, grouped, ById(grouped), active);
            var byId = ById(all);
            var fresh = new Snapshot(version, corrected, all, byId, new SpeakerMatcher(all, byId), byQuote);
            Volatile.Write(ref cache, fresh);
            return fresh;
        }
        finally
        {
            Monitor.Exit(gate);
        }
    });

    /// <summary>Each speaker's own id, then every indexed id it stands for, to the speaker.</summary>
    internal static Dictionary<string, SpeakerSummary> ById(List<SpeakerSummary> all)
    {
        var byId = new Dictionary<string, SpeakerSummary>(StringComparer.Ordinal);
        foreach (var speaker in all) byId.TryAdd(speaker.Id, speaker);
        foreach (var speaker in all)
        {
            foreach (var id in speaker.Ids) byId.TryAdd(id, speaker);
        }
        return byId;
    }

    /// <summary>Speakers with a name word starting so, or with a near spelling of the surname asked ("zelenskky").</summary>
    public IReadOnlyList<SpeakerSummary> Find(string? prefix, int limit) => Filter(prefix).Take(limit).ToList();

    /// <summary>Every speaker that <see cref="Find"/> would list, most quotes first; all of them without a prefix.</summary>
    public IReadOnlyList<SpeakerSummary> Filter(string? prefix)
    {
        var all = All();
        if (string.IsNullOrWhiteSpace(prefix)) return all;
        var wanted = SpeakerIds.For(prefix);
        if (wanted.Length == 0) return [];
        var byPrefix = all.Where(s => s.Ids.Append(s.Id).Any(id => id.StartsWith(wanted, StringComparison.Ordinal)
            || id.Contains("-" + wanted, StringComparison.Ordinal))).ToList();
        if (byPrefix.Count > 0) return byPrefix;
        return all.Where(s => s.Ids.Append(s.Id).SelectMany(id => id.Split('-')).Any(word => Spellings.Near(word, wanted))).ToList();
    }

    /// <summary>The speaker an id or a name asks for: one, several candidates, or none with the nearest names.</summary>
    public SpeakerMatch Match(string idOrName) => Current().Matcher.Match(idOrName);

    /// <summary>The one speaker an id or name stands for, or null when it matches none or several.</summary>
    public SpeakerSummary? Lookup(string idOrName) => Current().ById.GetValueOrDefault(idOrName) ?? Match(idOrName).Speaker;

    /// <summary>
    /// The hit with its speaker id made the person's (or organisation's) id: a quote document stores the id of the
    /// name as that article wrote it, and the same person must have one id in every hit.
    /// </summary>
    public QuoteHit WithSpeakerId(QuoteHit hit) => WithSpeakerId(hit, Current());

    /// <summary>
    /// <see cref="WithSpeakerId(QuoteHit)"/> for a page of hits, against one snapshot of the speakers (one searcher
    /// acquired, not one a hit).
    /// </summary>
    public List<QuoteHit> WithSpeakerIds(IEnumerable<QuoteHit> hits)
    {
        var current = Current();
        return hits.Select(hit => WithSpeakerId(hit, current)).ToList();
    }

    private static QuoteHit WithSpeakerId(QuoteHit hit, Snapshot current)
    {
        if (current.ByQuote.TryGetValue(hit.Id, out var given))
        {
            return hit with { SpeakerId = given.Id, Speaker = given.Name, Role = null, SpeakerType = given.Type };
        }
        return hit.SpeakerId is { } written && current.ById.TryGetValue(written, out var speaker) && speaker.Id != written
            ? hit with { SpeakerId = speaker.Id }
            : hit;
    }

    /// <summary>The indexed speaker id of a quote ("" without a speaker), or null when the index has no such quote.</summary>
    public string? WrittenSpeakerOf(string quoteId) => index.Read(searcher => QuoteReassignments.WrittenSpeakerOf(searcher, quoteId));

    /// <summary>
    /// Quotes by a speaker: by any of its ids, with the quotes editors gave it and without those they gave away.
    /// Several ids make one filter that marks their quotes in a bit set, not a
    /// disjunction, whose heap of posting lists was a quarter of "everything X said" under perf for a speaker known
    /// by two names (p99 over 400 such searches at 1.2M quotes, alternating: 4.0–5.0 ms → 3.2–3.5 ms).
    /// </summary>
    internal static Query QuotesOf(SpeakerSummary speaker)
    {
        var byIds = IdsQuery(speaker.Ids);
        if (speaker.QuotesIn.Count == 0 && speaker.QuotesOut.Count == 0) return byIds;
        // Editors moved single quotes: those given to this speaker join, those given away leave.
        var query = new BooleanQuery { { byIds, Occur.SHOULD } };
        if (speaker.QuotesIn.Count > 0) query.Add(new ConstantScoreQuery(new QuoteIdsFilter(speaker.QuotesIn)), Occur.SHOULD);
        if (speaker.QuotesOut.Count > 0) query.Add(new ConstantScoreQuery(new QuoteIdsFilter(speaker.QuotesOut)), Occur.MUST_NOT);
        return query;
    }

    private static Query IdsQuery(IReadOnlyCollection<string> ids) => ids.Count switch
    {
        0 => new BooleanQuery(),
        1 => new TermQuery(new Term(IndexFields.SpeakerId, ids.First())),
        _ => new ConstantScoreQuery(new TermsFilter(IndexFields.SpeakerId, ids.Select(id => new BytesRef(id)).ToArray())),
    };

    /// <summary>A speaker's profile, or null when no speaker has that id or name.</summary>
    public SpeakerProfile? Profile(string idOrName) => Lookup(idOrName) is { } speaker ? SpeakerProfiles.Of(index, speaker) : null;

    /// <summary>The cleaned roles the speaker's quotes give, from a sample of them (see <see cref="SpeakerProfiles"/>).</summary>
    public IReadOnlyList<string> Roles(SpeakerSummary speaker) => SpeakerProfiles.Roles(index, speaker);
}
