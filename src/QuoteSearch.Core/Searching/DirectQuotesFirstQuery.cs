using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// A query whose direct quotes score <see cref="KindRanking.DirectQuoteFactor"/> times what <see cref="Inner"/> gives them,
/// the same scores, bit for bit, as Lucene's BoostingQuery with the kind term as context (match + a context of boost 0,
/// times the coord of 1 or of both clauses), so the order and the cursors of relevance searches stay as they were.
/// BoostingQuery advanced the kind's posting list, a third of the index, to every match: a third of a broad word's
/// search time under dotnet-trace. Here the kind is a bit per document, held in memory (<see cref="DirectQuoteBits"/>).
/// </summary>
internal sealed class DirectQuotesFirstQuery(Query inner) : Query
{
    public Query Inner { get; } = inner;

    public override Weight CreateWeight(IndexSearcher searcher) => new DirectWeight(this, Inner.CreateWeight(searcher));

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Inner.Rewrite(reader);
        return ReferenceEquals(rewritten, Inner) ? this : new DirectQuotesFirstQuery(rewritten) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => Inner.ExtractTerms(terms);

    public override string ToString(string field) => $"directFirst({Inner.ToString(field)})";

    public override bool Equals(object? obj) => obj is DirectQuotesFirstQuery other && other.Inner.Equals(Inner) && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(Inner, Boost, nameof(DirectQuotesFirstQuery));

    private sealed class DirectWeight(DirectQuotesFirstQuery query, Weight inner) : Weight
    {
        public override Query Query => query;

        // As BooleanWeight sums its clauses (the context's weight is 0) and multiplies by its own boost squared.
        public override float GetValueForNormalization() => inner.GetValueForNormalization() * query.Boost * query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost * query.Boost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var scorer = inner.GetScorer(context, acceptDocs);
            return scorer is null ? null : new DirectScorer(this, scorer, DirectQuoteBits.Of(context.AtomicReader));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var explained = inner.Explain(context, doc);
            if (!explained.IsMatch || !DirectQuoteBits.Of(context.AtomicReader).Get(doc)) return explained;
            var result = new Explanation(explained.Value * KindRanking.DirectQuoteFactor, "a whole direct quote, times");
            result.AddDetail(explained);
            return result;
        }
    }

    private sealed class DirectScorer(Weight weight, Scorer inner, FixedBitSet direct) : Scorer(weight)
    {
        // Float arithmetic as BooleanScorer2 did it: (match + 0) times the coord factor, 1.25 or 1.
        public override float GetScore()
        {
            var score = inner.GetScore() + 0f;
            return score * (direct.Get(inner.DocID) ? KindRanking.DirectQuoteFactor : 1f);
        }

        public override int Freq => inner.Freq;

        public override int DocID => inner.DocID;

        public override int NextDoc() => inner.NextDoc();

        public override int Advance(int target) => inner.Advance(target);

        public override long GetCost() => inner.GetCost();
    }
}
