using Lucene.Net.Index;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Exact phrases of common words searched through their word pairs (<see cref="IndexFields.ExactPairs"/>). A phrase of
/// two common words used to walk the positions of every quote holding both: in the HTTP query mix at 1.2M quotes, the
/// most asked query ("very" and a common noun) cost about half of all the server's work. A two-word phrase of paired
/// words becomes its pair (<see cref="Rewrite"/>); a longer one keeps its positions but is filtered first by the pairs
/// it holds (<see cref="Required"/>), which then lead the conjunction.
/// </summary>
/// <remarks>
/// Filters come only from phrases that every match needs: the query itself, or a required clause of a conjunction,
/// recursively. A phrase among alternatives (OR), excluded, or with slop adds none.
/// </remarks>
public static class PhrasePairs
{
    /// <summary>
    /// The query with each exact two-word phrase of paired words replaced by a <see cref="PairPhraseQuery"/>, which
    /// matches and scores the same quotes the same way without reading positions; anything else is kept as it is.
    /// </summary>
    public static Query Rewrite(Query query)
    {
        switch (query)
        {
            case PhraseQuery phrase when IsPairPhrase(phrase, out var first, out var second):
                return new PairPhraseQuery(first, second) { Boost = phrase.Boost };
            case BooleanQuery boolean:
                var rewritten = new BooleanQuery(boolean.CoordDisabled)
                {
                    Boost = boolean.Boost,
                    MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch,
                };
                foreach (var clause in boolean.Clauses) rewritten.Add(Rewrite(clause.Query), clause.Occur);
                return rewritten;
            default:
                return query;
        }
    }

    private static bool IsPairPhrase(PhraseQuery phrase, out Term first, out Term second)
    {
        var terms = phrase.GetTerms();
        (first, second) = terms.Length == 2 ? (terms[0], terms[1]) : (null!, null!);
        return terms.Length == 2 && phrase.Slop == 0 && IsPair(phrase, 1);
    }

    /// <summary>Whether the phrase's words <paramref name="second"/> − 1 and <paramref name="second"/> are an indexed pair.</summary>
    private static bool IsPair(PhraseQuery phrase, int second)
    {
        var (terms, positions) = (phrase.GetTerms(), phrase.GetPositions());
        var (a, b) = (terms[second - 1], terms[second]);
        return a.Field == IndexFields.Exact && b.Field == IndexFields.Exact && positions[second] == positions[second - 1] + 1
            && WordPairFilter.Pairs(a.Text, b.Text);
    }

    /// <summary>
    /// Distinct pair terms of the longer phrases, in query order; empty when the query requires no phrase of three or
    /// more words with paired neighbours.
    /// </summary>
    public static IReadOnlyList<Term> Required(Query? query)
    {
        var pairs = new List<Term>();
        Collect(query, pairs);
        return pairs.Distinct().ToList();
    }

    private static void Collect(Query? query, List<Term> pairs)
    {
        switch (query)
        {
            // A two-word phrase of paired words is answered from its pair already (Rewrite).
            case PhraseQuery phrase when phrase.Slop == 0 && !IsPairPhrase(phrase, out _, out _):
                AddPairs(phrase, pairs);
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.MUST)) Collect(clause.Query, pairs);
                break;
        }
    }

    private static void AddPairs(PhraseQuery phrase, List<Term> pairs)
    {
        var terms = phrase.GetTerms();
        for (var i = 1; i < terms.Length; i++)
        {
            if (IsPair(phrase, i)) pairs.Add(WordPairFilter.Term(terms[i - 1].Text, terms[i].Text));
        }
    }
}
