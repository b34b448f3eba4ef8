using QuoteSearch.Core.Attribution;
namespace QuoteSearch.Core.Language;

/// <summary>Where a sentence's main clause begins, and which finite verb a participle belongs to.</summary>
internal static class Clauses
{
    /// <summary>
    /// "When Brandt suggested Cuba would sue, Hale fired back: “Q”": a verb in the opening subordinate clause is not the
    /// quote's cue.
    /// </summary>
    public static int MainClauseStart(List<Token> tokens, int sentenceStart, int k)
    {
        if (sentenceStart >= k
            || !tokens[sentenceStart].IsWord
            || !Lexicon.Subordinators.Contains(tokens[sentenceStart].Text))
        {
            return sentenceStart;
        }
        for (var c = sentenceStart + 1; c < k; c++)
        {
            // The first comma must open a main clause before the quote, not just precede it ("..., Brandt boasted, “Q”").
            if (tokens[c].Text == ",") return c + 2 < k ? c + 1 : sentenceStart;
        }
        return sentenceStart;
    }

    /// <summary>The finite verb of saying a participle reports for, with its subject: "Benali said, adding, “Q”" → Benali.</summary>
    public static Cue? FiniteCueBefore(List<Token> tokens, int participle, int sentenceStart)
    {
        for (var v = participle - 1; v > sentenceStart; v--)
        {
            if (tokens[v].IsQuote) return null;
            if (!IsLowercaseFiniteCue(tokens[v])) continue;
            return NounPhrases.SubjectBefore(tokens, v, sentenceStart) is { Kind: MentionKind.Person or MentionKind.Pronoun } speaker
                ? new Cue(speaker, tokens[v].Lower, CuePlacement.Before)
                : null;
        }
        return null;
    }

    /// <summary>A lowercase verb of saying that is not a participle: "said", "told", not "adding".</summary>
    private static bool IsLowercaseFiniteCue(Token token) =>
        token.IsWord && !token.IsCapitalized && !CueFinder.IsParticiple(token.Text) && Lexicon.CueVerbs.Contains(token.Text);
}
