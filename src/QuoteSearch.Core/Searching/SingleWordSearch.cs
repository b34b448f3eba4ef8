using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// The first page of a search for one stemmed word, by relevance, without filters: Lucene's own scorer scores only the
/// word's candidates in each segment (<see cref="TermChampions"/>; a segment where the word is rare, all its matches),
/// and the count and undated count come from the term statistics. The hits, their scores and order, the total and the
/// undated count are those of the full search (tested against it). Null when it cannot answer exactly (a segment with
/// deleted documents): the caller runs the full search.
/// </summary>
internal static class SingleWordSearch
{
    public static (TopDocs Top, int Undated)? TrySearch(IndexSearcher searcher, Query query, Term word, int limit)
    {
        if (searcher.IndexReader.Leaves.Any(leaf => leaf.AtomicReader.LiveDocs is not null)) return null;
        var weight = searcher.CreateNormalizedWeight(query);
        var scored = new Best(limit);
        int total = 0, undated = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var scorer = weight.GetScorer(leaf, segment.LiveDocs);
            if (scorer is null) continue;
            if (TermChampions.Of(segment).For(word.Text) is { } entry)
            {
                total += segment.DocFreq(word);
                undated += entry.Undated;
                foreach (var candidate in entry.Candidates)
                {
                    if (scorer.Advance(candidate) != candidate) return null; // not a match after all: leave it to Lucene
                    scored.Offer(leaf.DocBase + candidate, scorer.GetScore());
                }
                continue;
            }
            var days = PublishedDayKeys.Of(segment);
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                total++;
                if (days[doc] == 0) undated++;
                scored.Offer(leaf.DocBase + doc, scorer.GetScore());
            }
        }
        var hits = scored.InOrder();
        return (new TopDocs(total, hits, hits.Length > 0 ? hits[0].Score : float.NaN), undated);
    }

    /// <summary>
    /// The <c>limit</c> best hits offered, as Lucene's hit queue keeps them: higher score first, then index order.
    /// Documents come in index order, so a later one with an equal score never displaces a kept one. Keeping every
    /// match and sorting them all was 5% of a single-word request under perf.
    /// </summary>
    private sealed class Best(int limit)
    {
        // The worst kept hit on top: lowest score, then highest document.
        private readonly PriorityQueue<ScoreDoc, ScoreDoc> kept = new(Comparer<ScoreDoc>.Create(Compare));

        public void Offer(int doc, float score)
        {
            if (kept.Count == limit && !(score > kept.Peek().Score)) return;
            if (kept.Count == limit) kept.Dequeue();
            var hit = new ScoreDoc(doc, score);
            kept.Enqueue(hit, hit);
        }

        /// <summary>Best first, then index order: the order of Lucene's hit queue.</summary>
        public ScoreDoc[] InOrder()
        {
            var hits = new ScoreDoc[kept.Count];
            for (var i = hits.Length - 1; i >= 0; i--) hits[i] = kept.Dequeue();
            return hits;
        }

        private static int Compare(ScoreDoc a, ScoreDoc b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc);
    }
}
