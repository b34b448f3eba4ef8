using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// For each frequent word of a segment's stemmed text, the documents that can make the first page of a search for that
/// word alone: its matches grouped by what decides their score (term frequency, length norm, whole direct quote or not),
/// the best groups first, each with its lowest document numbers, enough to fill <see cref="SearchRequest.MaxLimit"/>
/// hits. A broad word (a tenth of a million quotes) then scores a few hundred documents instead of every match;
/// its count and undated count are read here too. Built once per segment, before searches see it.
/// </summary>
internal sealed class TermChampions
{
    /// <summary>Words rarer than this in a segment are scored in full: that is cheap.</summary>
    internal static int MinDocFreq { get; set; } = 1024;

    /// <summary>Relative slack between the estimate and Lucene's own float arithmetic, far above its rounding.</summary>
    private const float Slack = 1e-4f;

    private static readonly ConditionalWeakTable<object, Lazy<TermChampions>> BySegment = new();
    private static readonly DefaultSimilarity Similarity = new();

    private readonly Dictionary<string, Entry> byTerm;

    private TermChampions(Dictionary<string, Entry> byTerm) => this.byTerm = byTerm;

    /// <summary>A word's candidates (ascending document numbers, lowest first in each group) and its undated matches.</summary>
    public sealed record Entry(int[] Candidates, int Undated);

    public static TermChampions Of(AtomicReader segment) =>
        BySegment.GetValue(segment.CoreCacheKey, _ => new Lazy<TermChampions>(() => Build(segment))).Value;

    public Entry? For(string word) => byTerm.GetValueOrDefault(word);

    private static TermChampions Build(AtomicReader segment)
    {
        var byTerm = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var terms = segment.GetTerms(IndexFields.Text);
        var norms = segment.GetNormValues(IndexFields.Text);
        if (terms is null) return new TermChampions(byTerm);
        var direct = DirectQuoteBits.Of(segment);
        var days = PublishedDayKeys.Of(segment);
        var termsEnum = terms.GetEnumerator();
        DocsEnum? docs = null;
        while (termsEnum.MoveNext())
        {
            if (termsEnum.DocFreq < MinDocFreq) continue;
            docs = termsEnum.Docs(null, docs, DocsFlags.FREQS);
            var groups = new Dictionary<long, List<int>>();
            var undated = 0;
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (days[doc] == 0) undated++;
                var key = ((long)docs.Freq << 9) | ((norms?.Get(doc) ?? 0) & 0xFF) << 1 | (direct.Get(doc) ? 1L : 0L);
                if (!groups.TryGetValue(key, out var members)) groups[key] = members = [];
                if (members.Count < SearchRequest.MaxLimit) members.Add(doc);
            }
            byTerm[termsEnum.Term.Utf8ToString()] = new Entry(Candidates(groups, norms is not null), undated);
        }
        return new TermChampions(byTerm);
    }

    /// <summary>
    /// The best groups until they hold <see cref="SearchRequest.MaxLimit"/> documents, and every group whose estimate
    /// is within <see cref="Slack"/> of the last one taken: any document left out scores below at least that many.
    /// </summary>
    private static int[] Candidates(Dictionary<long, List<int>> groups, bool hasNorms)
    {
        var ranked = groups.Select(g => (Estimate: Estimate(g.Key, hasNorms), Docs: g.Value)).OrderByDescending(g => g.Estimate).ToList();
        var taken = new List<int>();
        float? boundary = null;
        foreach (var (estimate, members) in ranked)
        {
            if (boundary is { } b && estimate < b * (1 - Slack)) break;
            taken.AddRange(members);
            if (boundary is null && taken.Count >= SearchRequest.MaxLimit) boundary = estimate;
        }
        taken.Sort();
        return [.. taken];
    }

    // tf × norm × kind, as DefaultSimilarity and DirectQuotesFirstQuery weigh a match (the query's weight aside).
    private static float Estimate(long key, bool hasNorms)
    {
        var freq = key >> 9;
        var norm = hasNorms ? Similarity.DecodeNormValue((key >> 1) & 0xFF) : 1f;
        return Similarity.Tf(freq) * norm * ((key & 1) == 1 ? KindRanking.DirectQuoteFactor : 1f);
    }
}
