using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Turns the words of <see cref="IndexFields.Exact"/> into the adjacent pairs of common words they form: "we will
/// not" gives "we will" and "will not" (one space between), "the harbour fees" gives "the harbour" only. Common words
/// are the first <see cref="PairedWords"/> of the vendored list of the most common English words, most common first
/// (<see cref="CommonWords"/>): a phrase holding a rarer word is fast without a pair, since that word's shorter posting
/// list leads the search. Two words a skipped token separates (a position increment above one) form no pair.
/// See <see cref="IndexFields.ExactPairs"/>.
/// </summary>
internal sealed class WordPairFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private char[] previous = new char[64];
    private int previousLength;
    private bool previousCommon;
    private char[] pair = new char[128];

    public WordPairFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Whether two adjacent words, as the exact field has them (lowercased), are indexed as a pair: both are common.</summary>
    public static bool Pairs(ReadOnlySpan<char> first, ReadOnlySpan<char> second) => Pairs(first) && Pairs(second);

    private static bool Pairs(ReadOnlySpan<char> word) => Paired.Contains(word);

    /// <summary>The term a pair is indexed as: the two words with one space between, in <see cref="IndexFields.ExactPairs"/>.</summary>
    public static Lucene.Net.Index.Term Term(string first, string second) => new(IndexFields.ExactPairs, $"{first}{Separator}{second}");

    private const char Separator = ' ';

    /// <summary>
    /// How many of the most common English words pair. Their posting lists are the long ones, so a phrase of them is
    /// slow without a pair; pairing all 10,000 listed words made ingest of real news about 15% slower (most adjacent
    /// words in news are among them, and nearly every such pair is a new term), for phrases that were fast already.
    /// </summary>
    public const int PairedWords = 1000;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Paired = CommonWords.MostCommon(PairedWords);

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = term.Length;
            var common = Pairs(term.Buffer.AsSpan(0, length));
            var follows = previousCommon && common && increment.PositionIncrement == 1;
            previousCommon = common;
            if (!follows)
            {
                if (common) Remember(term.Buffer, length);
                continue;
            }
            // Built in a reused buffer: the indexer writes one for most words of every quote.
            var pairLength = previousLength + 1 + length;
            if (pair.Length < pairLength) pair = new char[pairLength * 2];
            Array.Copy(previous, pair, previousLength);
            pair[previousLength] = Separator;
            Array.Copy(term.Buffer, 0, pair, previousLength + 1, length);
            Remember(term.Buffer, length);
            term.CopyBuffer(pair, 0, pairLength);
            increment.PositionIncrement = 1;
            return true;
        }
        return false;
    }

    private void Remember(char[] word, int length)
    {
        if (previous.Length < length) previous = new char[length * 2];
        Array.Copy(word, previous, length);
        previousLength = length;
    }

    public override void Reset()
    {
        base.Reset();
        previousCommon = false;
    }
}
