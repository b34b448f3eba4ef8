using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Relevance by kind: a whole direct quote scores <see cref="DirectQuoteFactor"/> times what its words earn, so it comes
/// before a partial quote or a reported statement that matches the query as well (the speaker's own words, whole, are
/// what a reader searching a phrase wants to cite). A factor, not an added constant, so it means the same whatever
/// the query's scale: a statement that matches clearly better (more of the words, a rarer one, a text a third
/// shorter) still comes first. It is part of the query, so cursors page through the same order.
/// </summary>
internal static class KindRanking
{
    /// <summary>About the score a text a third shorter earns for the same words (length norm 1/√n: √(1.5) ≈ 1.22).</summary>
    public const float DirectQuoteFactor = 1.25f;

    private static readonly Term DirectKind = new(IndexFields.Kind, QuoteKind.Direct.ToString().ToLowerInvariant());

    /// <summary>
    /// The user's query with direct quotes' scores multiplied by <see cref="DirectQuoteFactor"/>; it matches the same
    /// documents. The kind is read from a bit per document in memory (<see cref="DirectQuotesFirstQuery"/>).
    /// </summary>
    public static Query DirectQuotesFirst(Query userQuery) => new DirectQuotesFirstQuery(userQuery);

    /// <summary>The same ranking by Lucene's BoostingQuery, which advanced the kind's postings to every match (tests compare).</summary>
    internal static Query WithBoostingQuery(Query userQuery) => new BoostingQuery(userQuery, new TermQuery(DirectKind), DirectQuoteFactor);
}
