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
        var scored = new List<ScoreDoc>();
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
                    scored.Add(new ScoreDoc(leaf.DocBase + candidate, scorer.GetScore()));
                }
                continue;
            }
            var days = PublishedDayKeys.Of(segment);
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                total++;
                if (days[doc] == 0) undated++;
                scored.Add(new ScoreDoc(leaf.DocBase + doc, scorer.GetScore()));
            }
        }
        // Best first, then index order: the order of Lucene's hit queue.
        scored.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var hits = scored.Take(limit).ToArray();
        return (new TopDocs(total, hits, hits.Length > 0 ? hits[0].Score : float.NaN), undated);
    }
}
