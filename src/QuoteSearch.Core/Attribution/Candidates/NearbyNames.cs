using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution.Candidates;

/// <summary>
/// Every person named near a quote, cue or no cue: in its own sentence, the sentence before it, and the paragraph
/// before. These are the candidates no cue pattern reached; the learned choice weighs where each stands.
/// </summary>
internal static class NearbyNames
{
    /// <summary>How many names to look back over, nearest first.</summary>
    public const int MaxNames = 6;

    // Tokens read on either side of the quote: past this a name is out of reach, and a paragraph of thousands of
    // quotes stays linear.
    private const int Reach = 80;

    /// <summary>A name near the quote: the mention, its distance class (0 same sentence, 1 same paragraph, 2 the paragraph before),
    /// its rank counting back from the quote (0 nearest), and whether it stands after the quote.</summary>
    public readonly record struct Nearby(Mention Mention, int Paragraph, int Position, int Distance, int Rank, bool After);

    /// <param name="namesIn">Every name of a paragraph with its token index, read once per paragraph (see <see cref="In"/>).</param>
    public static List<Nearby> Of(
        List<List<Token>> tokens, int paragraph, int k, Func<int, List<(Mention Mention, int Position, int At)>> namesIn)
    {
        var local = tokens[paragraph];
        var (sentenceStart, sentenceEnd) = Sentence(local, k);
        var found = new List<Nearby>();
        var here = namesIn(paragraph);
        foreach (var (mention, position, _) in here.Where(n => n.At > k && n.At < sentenceEnd))
        {
            found.Add(new Nearby(mention, paragraph, position, 0, 0, After: true));
        }
        var before = here.Where(n => n.At < k && n.At >= k - Reach).ToList();
        if (paragraph > 0 && k < Reach)
        {
            var previous = tokens[paragraph - 1];
            before.InsertRange(0, namesIn(paragraph - 1).Where(n => n.At >= previous.Count - Reach).Select(n => n with { At = -1 }));
        }
        var rank = 0;
        for (var i = before.Count - 1; i >= 0 && rank < MaxNames; i--, rank++)
        {
            var (mention, position, at) = before[i];
            var distance = at < 0 ? 2 : at >= sentenceStart ? 0 : 1;
            found.Add(new Nearby(mention, at < 0 ? paragraph - 1 : paragraph, position, distance, rank, After: false));
        }
        return found;
    }

    /// <summary>Every person name of a paragraph, in order, with where it starts (characters) and its token index.</summary>
    public static List<(Mention Mention, int Position, int At)> In(List<Token> tokens) => Names(tokens, 0, tokens.Count).ToList();

    private static IEnumerable<(Mention Mention, int Position, int At)> Names(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsCapitalized || (i > 0 && tokens[i - 1].IsCapitalized)) continue;
            var (mention, end) = NounPhrases.NameStartingAt(tokens, i, to);
            // A name the article does not show to be a person (a place, a sentence opener) is left to the cue patterns.
            if (mention is { Kind: MentionKind.Person }) yield return (mention with { Weak = true }, tokens[i].Start, i);
            i = Math.Max(i, end - 1);
        }
    }

    private static (int Start, int End) Sentence(List<Token> tokens, int k)
    {
        var start = k;
        while (start > 0 && k - start < Reach && !tokens[start - 1].IsSentenceEnd) start--;
        var end = k + 1;
        while (end < tokens.Count && end - k < Reach && !tokens[end - 1].IsSentenceEnd) end++;
        return (start, end);
    }
}
