using System.Collections.Frozen;
using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution;

/// <summary>
/// Verbs of saying that report nothing: a negated one ("She did not say “perhaps never”", "He never said that ...",
/// "X didn't tell reporters ...") and a concessive one ("..., whatever the memo says", "no matter what X said").
/// Neither gives a quote or a statement to anyone.
/// </summary>
internal static class SilentCues
{
    private const int MaxAuxiliaries = 4;
    private const int MaxConcessiveReach = 6;

    // A word list of this class's own: the shared lexicon is being moved to data files.
    private static readonly FrozenSet<string> Negations = Lexicon.Set(
        "not never didn't didn’t doesn't doesn’t don't don’t won't won’t wouldn't wouldn’t can't can’t cannot " +
        "couldn't couldn’t hasn't hasn’t haven't haven’t hadn't hadn’t isn't isn’t wasn't wasn’t neither nor");

    /// <summary>Words that open a concessive clause around a verb of saying: "whatever he claims".</summary>
    private static readonly FrozenSet<string> Concessives = Lexicon.Set("whatever whoever whichever");

    /// <summary>
    /// Whether the verb at <paramref name="verb"/> is a negated verb of saying or a conceded one, so it reports nothing.
    /// A negated verb of wanting or thinking ("did not want to stay") still tells the subject's stance.
    /// </summary>
    private const int MaxCueReach = 60;

    public static bool ReportsNothing(List<Token> tokens, int verb) =>
        ((IsNegated(tokens, verb) || HasNeitherNorSubject(tokens, verb)) && Lexicon.CueVerbs.Contains(tokens[verb].Text))
        || IsConceded(tokens, verb);

    private const int MaxSubjectReach = 12;

    /// <summary>"Neither Sand nor Quist would say when ...": a subject of "neither ... nor" negates the verb.</summary>
    private static bool HasNeitherNorSubject(List<Token> tokens, int verb)
    {
        var nor = false;
        for (var j = verb - 1; j >= 0 && verb - j <= MaxSubjectReach && !tokens[j].IsSentenceEnd && !tokens[j].IsQuote; j--)
        {
            if (tokens[j].Is("nor")) nor = true;
            else if (tokens[j].Is("neither")) return nor;
        }
        return false;
    }

    /// <summary>
    /// Whether the quote token <paramref name="k"/> hangs on a cue verb that reports nothing. The cue is looked up as
    /// the verb of saying nearest the quote, within <see cref="MaxCueReach"/> tokens: before it for a cue written
    /// before, after it otherwise. Bounded, so a paragraph of thousands of quotes stays linear.
    /// </summary>
    public static bool Silences(List<Token> tokens, int k, Cue? cue)
    {
        if (cue?.Verb is not { } verb || cue.Placement == CuePlacement.SentenceSubject || k < 0 || k >= tokens.Count) return false;
        var step = cue.Placement == CuePlacement.After ? 1 : -1;
        for (var v = k + step; v >= 0 && v < tokens.Count && Math.Abs(v - k) <= MaxCueReach && !tokens[v].IsSentenceEnd; v += step)
        {
            // The nearest verb of saying decides: "wouldn't say how ..., saying only that “Q”" reports Q.
            if (tokens[v].IsWord && (tokens[v].Is(verb) || Lexicon.CueVerbs.Contains(tokens[v].Text))) return ReportsNothing(tokens, v);
        }
        return false;
    }

    /// <summary>
    /// Where the sentence goes on after a concessive clause opening it ("Whatever the letter says, ..."), or
    /// <paramref name="start"/> when it opens with none.
    /// </summary>
    public static int AfterConcession(List<Token> tokens, int start, int end)
    {
        if (start + 1 >= end || !OpensConcession(tokens, start)) return start;
        for (var k = start + 2; k < end; k++)
        {
            if (tokens[k].Text == ",") return k + 1;
        }
        return start;
    }

    private static bool OpensConcession(List<Token> tokens, int k) =>
        Concessives.Contains(tokens[k].Text) || tokens[k].Is("regardless") || (tokens[k].Is("no") && tokens[k + 1].Is("matter"));

    /// <summary>"did not say", "has never said", "didn't tell": a negation among the auxiliaries right before the verb.</summary>
    private static bool IsNegated(List<Token> tokens, int verb)
    {
        for (var j = verb - 1; j >= 0 && verb - j <= MaxAuxiliaries && IsAuxiliary(tokens[j]); j--)
        {
            if (Negations.Contains(tokens[j].Text)) return true;
        }
        return false;
    }

    private static bool IsAuxiliary(Token token) =>
        token.IsWord && !token.IsCapitalized
        && (Negations.Contains(token.Text) || Lexicon.Auxiliaries.Contains(token.Text) || IsAdverb(token.Text));

    /// <summary>"whatever the memo says", "no matter what he said", "regardless of what she claims": the clause concedes.</summary>
    private static bool IsConceded(List<Token> tokens, int verb)
    {
        for (var j = verb - 1; j >= 0 && verb - j <= MaxConcessiveReach && tokens[j].IsWord; j--)
        {
            if (Concessives.Contains(tokens[j].Text)) return true;
            if (tokens[j].Is("what") && j > 0 && (tokens[j - 1].Is("matter") || RegardlessOf(tokens, j - 1))) return true;
        }
        return false;
    }

    private static bool RegardlessOf(List<Token> tokens, int of) => tokens[of].Is("of") && of > 0 && tokens[of - 1].Is("regardless");

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);
}
