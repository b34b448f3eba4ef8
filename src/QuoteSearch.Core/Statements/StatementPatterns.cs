using System.Collections.Frozen;
using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Statements;

/// <summary>A reported statement found in a sentence: token range of the content, who, the verb and how sure.</summary>
internal readonly record struct StatementMatch(Mention Speaker, string Verb, int From, int To, double Confidence);

/// <summary>The sentence patterns of reported speech, tried in order of reliability.</summary>
internal static class StatementPatterns
{
    internal const int MinWords = 3;
    private const int MaxThatDistance = 8;

    /// <summary>Lowercase words that open a reported clause: "say other changes are needed", "said there was".</summary>
    private static readonly FrozenSet<string> ClauseOpeners = Lexicon.Set(
        "there other both some many most all each every no more several these those such");

    /// <summary>Finite verbs that show a reported clause after "said X": "said Brandvik was wrong".</summary>
    private static readonly FrozenSet<string> FiniteVerbs = Lexicon.Set(
        "was is were are had has have would will could should can may might must did does do");

    /// <summary>Lowercase words after "said" that do not open a reported clause: "said in a statement", "said nothing".</summary>
    private static readonly FrozenSet<string> NotClauseOpeners = Lexicon.Set(
        "in on at during after before for to with by from of about as when while if because since through until without " +
        "last next nothing so much little yes no goodbye otherwise earlier later then again today yesterday tonight " +
        "it this that what which who how why where whether and or but not never also only just even still");

    /// <summary>Every statement of a sentence, left to right; one that does not fit the first may fit a later verb.</summary>
    public static IEnumerable<StatementMatch> All(List<Token> tokens, int start, int end)
    {
        if ((AccordingTo(tokens, start, end) ?? Trailing(tokens, start, end)) is { } whole)
        {
            yield return whole;
            yield break;
        }
        for (var from = start; from < end;)
        {
            if (SubjectVerb(tokens, start, from, end) is not { } next) yield break;
            yield return next;
            from = next.To;
        }
    }

    /// <summary>"According to X, CLAUSE." or "CLAUSE, according to X."</summary>
    private static StatementMatch? AccordingTo(List<Token> tokens, int start, int end)
    {
        for (var a = start; a + 2 < end; a++)
        {
            if (!tokens[a].Is("according") || !tokens[a + 1].Is("to")) continue;
            var comma = a + 2;
            while (comma < end && tokens[comma].Text != ",") comma++;
            var source = NounPhrases.SubjectAfter(tokens, a + 1, comma);
            if (source is null) return null;
            // "According to Anna Bishop, a spokeswoman for the operator, the company ...": the appositive is her role.
            var content = AppositiveEnd(tokens, comma + 1, end) is var closing and > 0 ? closing + 1 : comma + 1;
            if (a == start && content < end) return StatementContent.From(tokens, content, end, source, "according to", 0.6);
            if (a > start + MinWords && tokens[a - 1].Text == ",")
            {
                return StatementContent.From(tokens, start, a - 1, source, "according to", 0.6);
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The comma that closes an appositive starting at <paramref name="at"/> ("a spokeswoman for the operator,"): "a",
    /// "an" or "the" and up to nine words without a verb of saying or an auxiliary. -1 when there is none.
    /// </summary>
    private static int AppositiveEnd(List<Token> tokens, int at, int end)
    {
        if (at >= end || tokens[at].Text is not ("a" or "an" or "the")) return -1;
        var close = NounPhrases.DescriptionClose(tokens, at, end, MaxAppositiveWords);
        return close > 0 && tokens[close].Text == "," && close + 1 < end ? close : -1;
    }

    private const int MaxAppositiveWords = 9;

    /// <summary>
    /// "X said (that) CLAUSE", "X confirmed that CLAUSE", "X urged OBJECT", "X plans to ACT", and the same after a
    /// comma with the sentence's subject: "..., saying CLAUSE". The first verb at or after <paramref name="from"/> that fits.
    /// </summary>
    private static StatementMatch? SubjectVerb(List<Token> tokens, int start, int from, int end)
    {
        for (var v = from; v < end; v++)
        {
            var verb = tokens[v];
            if (!verb.IsWord || verb.IsCapitalized || v + 1 >= end || tokens[v + 1].Text is "," or ":") continue;
            // The verb sets ignore case: lower-casing (an allocation for most words) waits for a verb that counts.
            var written = verb.Text;
            var afterComma = v > start && (tokens[v - 1].Text == "," || AdverbAfterComma(tokens, v - 1, start));
            var participle = afterComma
                && (StatementVerbs.Participle.Contains(written)
                    || (written.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && StatementVerbs.Any(written)));
            if (!participle && !StatementVerbs.Any(written)) continue;
            var name = verb.Lower;
            if (SilentCues.ReportsNothing(tokens, v)) continue;
            // "..., saying CLAUSE" and "... and said CLAUSE" report the sentence's subject.
            var subject = participle || (v > start && tokens[v - 1].Is("and"))
                ? NounPhrases.SentenceSubject(tokens, start, v)
                  ?? SpeakerNamedAfterCue(tokens, start, v)
                  ?? NounPhrases.SubjectBefore(tokens, v, start)
                  ?? SubjectOfFirstVerb(tokens, start, v)
                : NounPhrases.SubjectBefore(tokens, v, start);
            if (subject is null) continue;
            if (StatementVerbs.Topic.TryGetValue(name, out var prepositions)
                && tokens[v + 1].IsWord
                && prepositions.Contains(tokens[v + 1].Lower))
            {
                if (StatementContent.From(tokens, v + 2, end, subject, name, 0.45, stopAtConjunction: true) is { } topic) return topic;
                continue;
            }
            if (StatementVerbs.Infinitive.Contains(name) && tokens[v + 1].Is("to"))
            {
                if (StatementContent.From(tokens, v + 1, end, subject, name, 0.5, stopAtConjunction: true) is { } intent) return intent;
                continue;
            }
            var that = -1;
            for (var k = v + 1; k < end && k <= v + MaxThatDistance && tokens[k].IsWord; k++)
            {
                if (tokens[k].Is("that")) { that = k; break; }
            }
            var clause = participle || StatementVerbs.Clause.Contains(name);
            StatementMatch? match = null;
            if (that >= 0 && (clause || StatementVerbs.ThatClause.Contains(name)))
            {
                match = StatementContent.From(tokens, that + 1, end, subject, name, 0.65, stopAtNewClause: true);
            }
            else if (clause && (StartsClause(tokens, v + 1, end) || OpensLowercaseClause(tokens, v + 1, end)))
            {
                match = StatementContent.From(tokens, v + 1, end, subject, name, 0.6, stopAtNewClause: true);
            }
            else if (StatementVerbs.Object.Contains(name) && subject.Kind != MentionKind.Pronoun)
            {
                match = StatementContent.From(tokens, v + 1, end, subject, name, 0.45, stopAtConjunction: true);
            }
            if (match is not null) return match;
        }
        return null;
    }

    /// <summary>", even suggesting he had been wronged", ", again saying ...": one adverb between the comma and the participle.</summary>
    private static bool AdverbAfterComma(List<Token> tokens, int k, int start) =>
        k - 1 > start && tokens[k - 1].Text == "," && tokens[k].IsWord && !tokens[k].IsCapitalized
        && (ParticipleAdverbs.Contains(tokens[k].Text) || IsLyAdverb(tokens[k].Text));

    private static bool IsLyAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    private static readonly FrozenSet<string> ParticipleAdverbs = Lexicon.Set("even also again further later then still only");

    /// <summary>
    /// "The GOP nominee complained about the sound, even suggesting ...": a participle reports for the subject of the
    /// sentence's first verb of saying, a description or pronoun as much as a name.
    /// </summary>
    private static Mention? SubjectOfFirstVerb(List<Token> tokens, int start, int v)
    {
        for (var k = start + 1; k < v; k++)
        {
            if (tokens[k].Text == ",") return null;
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && StatementVerbs.Any(tokens[k].Text))
            {
                return NounPhrases.SubjectBefore(tokens, k, start);
            }
        }
        return null;
    }

    /// <summary>"“…,” said Tom Okafor, speaking of the count": the speaker named right after a verb of saying.</summary>
    private static Mention? SpeakerNamedAfterCue(List<Token> tokens, int start, int v)
    {
        for (var k = v - 2; k >= start && k >= v - 6; k--)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized && Lexicon.CueVerbs.Contains(tokens[k].Text))
            {
                return NounPhrases.SubjectAfter(tokens, k, v - 1) is { Kind: MentionKind.Person } named ? named : null;
            }
        }
        return null;
    }

    /// <summary>"CLAUSE, X said." with nothing but a time or place after the verb.</summary>
    private static StatementMatch? Trailing(List<Token> tokens, int start, int end)
    {
        for (var v = end - 1; v > start + MinWords && v >= end - 6; v--)
        {
            if (!tokens[v].IsWord || tokens[v].IsCapitalized || !StatementVerbs.Clause.Contains(tokens[v].Text)) continue;
            if (SilentCues.ReportsNothing(tokens, v)) return null;
            var comma = v - 1;
            while (comma > start && tokens[comma].Text != "," && v - comma <= 8) comma--;
            if (tokens[comma].Text != "," || comma - start < MinWords || !StartsClause(tokens, start, comma)) return null;
            var speaker = NounPhrases.SubjectBefore(tokens, v, comma + 1)
                          ?? (OpensClauseAfter(tokens, v, end) ? null : NounPhrases.SubjectAfter(tokens, v, end));
            // "Whatever the letter says, the inquiry goes ahead, Roos said": the concession is no part of what Roos said.
            var from = SilentCues.AfterConcession(tokens, start, comma);
            // "Lindqvist said that the port was ready, the Gazette reported": the clause reports speech of its own.
            if (ReportsSpeech(tokens, from, comma)) return null;
            return speaker is null ? null : StatementContent.From(tokens, from, comma, speaker, tokens[v].Lower, 0.6);
        }
        return null;
    }

    private static bool ReportsSpeech(List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (IsLowercaseVerbOfSaying(tokens[k]) && tokens[k - 1].IsWord) return true;
        }
        return false;
    }

    private static bool IsLowercaseVerbOfSaying(Token token) =>
        token.IsWord && !token.IsCapitalized
        && (StatementVerbs.Clause.Contains(token.Text) || StatementVerbs.ThatClause.Contains(token.Text));

    /// <summary>
    /// "Lena Moss, a councillor, said she was alarmed": what follows the verb is its own reported clause, so the text
    /// before the comma is no statement of a speaker named after the verb.
    /// </summary>
    private static bool OpensClauseAfter(List<Token> tokens, int v, int end)
    {
        if (v + 1 < end && tokens[v + 1].IsWord && Lexicon.Pronouns.Contains(tokens[v + 1].Text))
        {
            if (v + 2 >= end || !tokens[v + 2].IsWord) return false;
            return !Lexicon.Prepositions.Contains(tokens[v + 2].Text) && !Lexicon.NotNames.Contains(tokens[v + 2].Text);
        }
        for (var k = v + 1; k < end; k++)
        {
            if (tokens[k].IsWord && FiniteVerbs.Contains(tokens[k].Text)) return true;
        }
        return false;
    }

    /// <summary>"said local officials should act": a plain noun after the verb opens the clause; adverbs and prepositions do not.</summary>
    private static bool OpensLowercaseClause(List<Token> tokens, int from, int end) =>
        from + 2 < end && tokens[from].IsWord && !tokens[from].IsCapitalized && !NotClauseOpeners.Contains(tokens[from].Text)
        && !tokens[from].Text.EndsWith("ly", StringComparison.Ordinal) && !tokens[from].Text.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A clause starts with a subject, not with a preposition or a subordinate word ("In a statement, ...").</summary>
    private static bool StartsClause(List<Token> tokens, int from, int end) =>
        from < end && tokens[from].IsWord && CanOpenSubject(tokens[from]) && !IsCapitalisedNonName(tokens[from]);

    /// <summary>A capitalised word, a pronoun, a determiner or a clause opener ("there", "some"): a subject can start here.</summary>
    private static bool CanOpenSubject(Token token) =>
        token.IsCapitalized || Lexicon.Pronouns.Contains(token.Text)
        || Lexicon.Determiners.Contains(token.Text) || ClauseOpeners.Contains(token.Text);

    /// <summary>"In", "After": a capitalised word that is never a name and is neither a determiner nor a pronoun.</summary>
    private static bool IsCapitalisedNonName(Token token) =>
        token.IsCapitalized && Lexicon.NotNames.Contains(token.Text)
        && !Lexicon.Determiners.Contains(token.Text) && !Lexicon.Pronouns.Contains(token.Text);
}
