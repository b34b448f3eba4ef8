using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Statements;

/// <summary>
/// Reported speech by sentence pattern: "X said (that) CLAUSE", "CLAUSE, X said." and "according to X, CLAUSE".
/// The clause stops at a quotation or at a trailing source ("..., Reuters reported"), so a statement never
/// swallows a direct quote.
/// </summary>
public sealed class ReportedStatementFinder : IStatementFinder
{
    private const int MinClauseWords = 4;
    private static readonly HashSet<string> ReportingVerbs = new(
        "said says told tells added adds argued argues claimed claims warned warns insisted insists noted notes stated states announced announces explained explains acknowledged acknowledges admitted admits suggested suggests predicted predicts promised promises vowed vows confirmed confirms reported reports wrote writes tweeted contended maintained asserted asserts alleged alleges believes believed thinks thought argued denied denies revealed reveals"
            .Split(' '), StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs whose clause may follow without "that" ("He said Kyiv was ready"); the rest need it.</summary>
    private static readonly HashSet<string> SaysWithoutThat = new("said says added argued insisted claimed warned believes thinks thought".Split(' '), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Quote> Find(Article article, IReadOnlyList<Quote> quotes)
    {
        var quotations = quotes.Where(q => q.Kind != QuoteKind.Indirect).ToLookup(q => q.Paragraph);
        var tokenized = article.Paragraphs
            .Select((text, p) => (p, Tokenizer.Tokenize(text, quotations[p].Select(q => (Math.Max(0, q.Start - 1), Math.Min(text.Length, q.End + 1), false)).ToList())))
            .ToList();
        var names = new ArticleNames(tokenized);
        var resolver = new SpeakerResolver(names);
        var quotesByParagraph = quotes.ToLookup(q => q.Paragraph);
        var found = new List<Quote>();
        foreach (var (p, tokens) in tokenized)
        {
            var text = article.Paragraphs[p];
            var quotesHere = quotesByParagraph[p].Where(q => q.Speaker is not null).OrderBy(q => q.Start).ToList();
            var nextQuote = 0;
            var start = 0;
            for (var i = 0; i <= tokens.Count; i++)
            {
                if (i < tokens.Count && !tokens[i].IsSentenceEnd) continue;
                var statement = InSentence(tokens, start, i, text);
                var sentenceStart = start < tokens.Count ? tokens[start].Start : text.Length;
                start = i + 1;
                // Quotes before this sentence set who "he" is, in reading order.
                for (; nextQuote < quotesHere.Count && quotesHere[nextQuote].Start < sentenceStart; nextQuote++)
                {
                    resolver.Spoke(new SpeakerResolver.Speaker(quotesHere[nextQuote].Speaker!, quotesHere[nextQuote].Role), p);
                }
                if (statement is null) continue;
                var (mention, verb, from, to) = statement.Value;
                if (quotesByParagraph[p].Any(q => q.Start < to && from < q.End)) continue;
                var speaker = resolver.Resolve(mention, p, from);
                if (speaker is null) continue;
                resolver.Spoke(speaker, p);
                found.Add(new Quote(article.Id, p, from, to, text[from..to], QuoteKind.Indirect, speaker.Name, speaker.Role, verb, 0.6));
            }
            for (; nextQuote < quotesHere.Count; nextQuote++)
            {
                resolver.Spoke(new SpeakerResolver.Speaker(quotesHere[nextQuote].Speaker!, quotesHere[nextQuote].Role), p);
            }
        }
        return found;
    }

    private static (Mention Mention, string Verb, int From, int To)? InSentence(List<Token> tokens, int start, int end, string text)
    {
        for (var v = start; v < end; v++)
        {
            if (!tokens[v].IsWord || !ReportingVerbs.Contains(tokens[v].Text) || tokens[v].IsCapitalized) continue;
            var subject = NounPhrases.SubjectBefore(tokens, v, start);
            if (subject is not null && v + 1 < end && tokens[v + 1].Text is not ("," or ":"))
            {
                var clause = ClauseAfter(tokens, v, end, text);
                if (clause is not null) return (subject, tokens[v].Lower, clause.Value.From, clause.Value.To);
            }
            // "CLAUSE, X said." at the end of the sentence.
            if (v > start + MinClauseWords && end - v <= 6)
            {
                var comma = v - 1;
                while (comma > start && tokens[comma].Text != ",") comma--;
                var trailing = tokens[comma].Text == "," ? NounPhrases.SubjectBefore(tokens, v, comma + 1) ?? NounPhrases.SubjectAfter(tokens, v, end) : null;
                if (trailing is not null && comma - start >= MinClauseWords && !HasQuoteMark(text, tokens[start].Start, tokens[comma].Start))
                {
                    return (trailing, tokens[v].Lower, tokens[start].Start, tokens[comma - 1].End);
                }
            }
            return null;
        }
        return null;
    }

    private static (int From, int To)? ClauseAfter(List<Token> tokens, int verb, int end, string text)
    {
        var from = verb + 1;
        var that = -1;
        for (var k = from; k < end && k <= verb + 8; k++)
        {
            if (tokens[k].Is("that")) { that = k; break; }
            if (!tokens[k].IsWord) break;
        }
        if (that >= 0) from = that + 1;
        else if (!SaysWithoutThat.Contains(tokens[verb].Text) || !tokens[from].IsWord) return null;
        if (from >= end) return null;
        var to = from;
        while (to < end && !QuoteSearch.Core.Quotes.QuoteMarksText.ContainsMark(tokens[to].Text) && !IsTrailingSource(tokens, to, end)) to++;
        if (to - from < MinClauseWords) return null;
        var last = to - 1;
        while (last > from && tokens[last].Kind == TokenKind.Punct) last--;
        return (tokens[from].Start, tokens[last].End);
    }

    /// <summary>", Reuters reported" or ", he said" closing a clause belongs to the attribution, not the statement.</summary>
    private static bool IsTrailingSource(List<Token> tokens, int k, int end)
    {
        if (tokens[k].Text != ",") return false;
        for (var j = k + 1; j < end && j <= k + 5; j++)
        {
            if (tokens[j].IsWord && ReportingVerbs.Contains(tokens[j].Text)) return true;
            if (!tokens[j].IsWord) return false;
        }
        return false;
    }

    private static bool HasQuoteMark(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is '"' or '“' or '”' or '«' or '»' or '„') return true;
        }
        return false;
    }
}
