using QuoteSearch.Core.Language;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Attribution.Candidates;
using QuoteSearch.Core.Attribution.Choice;
using QuoteSearch.Core.Quotes;

namespace QuoteSearch.Core.Attribution;

/// <summary>
/// Attribution in reading order: every cue pattern reads each quote once, the parts of a multi-paragraph quote
/// share a cue, and the fixed order of rules picks a speaker, which also decides which stretches are speech (scare
/// quotes, titles of works and single-quoted words without a cue are dropped). Then every unit's candidates, the
/// rules' pick among them, go to the chooser (the learned model by default), whose choice and probability the quote
/// keeps; resolving speakers in reading order lets pronouns and follow-on quotes get the person the article means.
/// </summary>
public sealed class SpeakerAttributor : ISpeakerAttributor
{
    private readonly AttributionUnits units;
    private readonly ISpeakerChooser chooser;

    /// <summary>Every unit on, and the learned choice when this build carries a model.</summary>
    public SpeakerAttributor() : this(AttributionUnits.All) { }

    /// <summary>Only the <paramref name="units"/> that are on; the fixed order of rules when the model unit is off.</summary>
    public SpeakerAttributor(AttributionUnits units)
        : this(units, ChooserFor(units)) { }

    internal SpeakerAttributor(AttributionUnits units, ISpeakerChooser chooser) => (this.units, this.chooser) = (units, chooser);

    private static ISpeakerChooser ChooserFor(AttributionUnits units) =>
        units.Has(AttributionUnits.Model) && SpeakerModel.Embedded is { } model ? new LearnedChooser(model) : RuleChooser.Instance;

    public IReadOnlyList<Quote> Attribute(AnalyzedArticle analyzed)
    {
        var (article, spans, tokens) = (analyzed.Article, analyzed.Spans, analyzed.Tokens);
        var paragraphs = article.Paragraphs;
        var resolver = new SpeakerResolver(analyzed.Names);
        var candidates = new CandidateCollector(tokens, resolver, analyzed.Names, units);

        var (readings, tokenOf) = ReadCues(tokens, spans, units);
        var cues = readings.Select(r => r?.RuleCue).ToArray();
        ShareCuesWithinGroups(spans, cues);

        var quotes = new List<Quote>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var text = paragraphs[span.Paragraph];
            var cue = cues[i];
            var speaker = cue is null ? null : resolver.Resolve(cue.Speaker, span.Paragraph, span.OpenMark);
            var confidence = cue is null ? 0.0 : Confidence(cue);
            string? carriedVerb = null;
            if (cue is null && units.Has(AttributionUnits.LeadIn) && IntroducedByPreviousParagraph(tokens, span) is { } introduced)
            {
                cue = introduced;
                speaker = resolver.Resolve(cue.Speaker, span.Paragraph - 1, int.MaxValue);
                confidence = Confidence(cue);
            }
            // A sentence subject is a weak guess; a quote after an attributed one in the same paragraph continues its speaker.
            var previous = units.Has(AttributionUnits.FollowOn) ? FollowOn(spans, quotes, i, text, resolver) : null;
            if ((speaker is null && cue is null)
                || (cue?.Placement == CuePlacement.SentenceSubject && (speaker is null || FollowsInParagraph(quotes, span, text))))
            {
                if (previous is not null)
                {
                    speaker = previous;
                    confidence = 0.7;
                    cue = null;
                    // A follow-on quote belongs to the cue of the quote it continues ("“Q1,” he said. “Q2.”").
                    carriedVerb = quotes[^1].Speaker == previous.Name ? quotes[^1].Cue : null;
                }
            }

            var quoteText = text[span.Start..span.End];
            var kind = QuoteKinds.Of(text, span);
            var continues = ContinuesReport(quotes, span, text);
            if (!IsSpeech(span, quoteText, kind, cue, speaker, continues) || NamesAShow(text, span, quoteText)) continue;
            if (SilentCues.Silences(tokens[span.Paragraph], tokenOf[i], cue)) continue;

            var last = quotes.Count > 0 ? quotes[^1] : null;
            var ruleConfidence = speaker is null ? 0.2 : confidence;
            var set = candidates.For(span, tokenOf[i], readings[i], kind, quoteText, last, previous, speaker, ruleConfidence);
            var choice = chooser.Choose(set);
            var chosen = choice.Chosen;
            var verb = chosen is null ? null : chosen.RulePick ? cue?.Verb ?? carriedVerb : chosen.Best.Verb ?? CarriedCue(chosen, last);
            if (chosen is not null) resolver.Spoke(chosen.Speaker, span.Paragraph);
            quotes.Add(new Quote(article.Id, span.Paragraph, span.Start, span.End, quoteText, kind,
                chosen?.Speaker.Name, chosen?.Speaker.Role, verb, Math.Round(choice.Confidence, 3)));
        }
        return quotes;
    }

    /// <summary>A follow-on quote keeps the cue of the quote it continues ("“Q1,” he said. “Q2.”").</summary>
    private static string? CarriedCue(SpeakerCandidate chosen, Quote? last) =>
        chosen.Best.Unit == AttributionUnits.FollowOn && last?.Speaker == chosen.Speaker.Name ? last.Cue : null;

    private static (CueReadings?[] Readings, int[] TokenOf) ReadCues(
        List<List<Token>> tokens, IReadOnlyList<QuoteSpan> spans, AttributionUnits units)
    {
        var cues = new CueReadings?[spans.Count];
        var tokenOf = new int[spans.Count];
        var firstOfParagraph = new Dictionary<int, int>();
        for (var i = 0; i < spans.Count; i++) firstOfParagraph.TryAdd(spans[i].Paragraph, i);
        foreach (var (p, first) in firstOfParagraph)
        {
            var local = tokens[p];
            for (var k = 0; k < local.Count; k++)
            {
                if (!local[k].IsQuote) continue;
                cues[first + local[k].QuoteIndex] = CueFinder.Read(local, k, units);
                tokenOf[first + local[k].QuoteIndex] = k;
            }
        }
        return (cues, tokenOf);
    }

    /// <summary>
    /// "He said:" closing the paragraph before a quote that opens its own paragraph, or a lead-in line naming the speaker.
    /// </summary>
    internal static Cue? IntroducedByPreviousParagraph(List<List<Token>> tokens, QuoteSpan span)
    {
        if (span.Paragraph == 0 || span.IsContinuation) return null;
        var current = tokens[span.Paragraph];
        if (current.Count == 0 || !current[0].IsQuote || current[0].QuoteIndex != 0) return null;
        var previous = tokens[span.Paragraph - 1];
        var introduced = previous.Count > 1 && previous[^1].Text == ":" ? CueFinder.Introducing(previous) : null;
        // "And from Chairwoman X:", "From the desk of X, ...": a lead-in line names the speaker without a verb.
        if (introduced is not null || LeadIn.Of(previous) is not { } named) return introduced;
        return new Cue(named, previous[^1].Text == ":" ? ":" : null, CuePlacement.Before);
    }

    /// <summary>The parts of a quote running over several paragraphs share the cue found at any of them.</summary>
    private static void ShareCuesWithinGroups(IReadOnlyList<QuoteSpan> spans, Cue?[] cues)
    {
        foreach (var group in Enumerable.Range(0, spans.Count).GroupBy(i => spans[i].Group).Where(g => g.Count() > 1))
        {
            var shared = group.Select(i => cues[i]).FirstOrDefault(c => c is not null && c.Placement != CuePlacement.SentenceSubject);
            if (shared is null) continue;
            foreach (var i in group) cues[i] ??= shared;
        }
    }

    /// <summary>
    /// A quote with no cue of its own continues the speaker of the quote just before it: in the same
    /// paragraph, or in the previous paragraph when this paragraph opens with the quote.
    /// </summary>
    private static SpeakerResolver.Speaker? FollowOn(
        IReadOnlyList<QuoteSpan> spans, List<Quote> quotes, int i, string text, SpeakerResolver resolver)
    {
        if (quotes.Count == 0 || quotes[^1].Speaker is null) return null;
        var span = spans[i];
        var previous = quotes[^1];
        var opensParagraph = text.AsSpan(0, Math.Max(0, span.OpenMark)).Trim().Length == 0;
        var reach = previous.Paragraph == span.Paragraph ? 0 : opensParagraph ? 1 : -1;
        return reach < 0 ? null : resolver.Previous(span.Paragraph, reach);
    }

    /// <summary>The quote comes after an attributed one in its paragraph, and no "Hedlund resisted:" introduces it.</summary>
    private static bool FollowsInParagraph(List<Quote> quotes, QuoteSpan span, string text) =>
        quotes.Count > 0 && quotes[^1].Paragraph == span.Paragraph && quotes[^1].Cue is not null
        && !text.AsSpan(0, Math.Max(0, span.OpenMark)).TrimEnd().EndsWith(":");

    /// <summary>
    /// "on HBC's “Harbour Hour,”", "broadcast of “Gazette Weekend,”": a title after "on", "of" or an owner is a show,
    /// whatever cue follows.
    /// </summary>
    private static bool NamesAShow(string text, QuoteSpan span, string quoteText)
    {
        if (!QuoteKinds.LooksLikeTitle(quoteText) || span.IsContinuation) return false;
        var before = text.AsSpan(0, Math.Max(0, span.OpenMark)).TrimEnd();
        var lastSpace = before.LastIndexOf(' ');
        var word = before[(lastSpace + 1)..];
        return word is "on" or "of" or "On" || word.EndsWith("'s") || word.EndsWith("’s");
    }

    /// <summary>
    /// "blasted Europe for seeking to “disrupt the progress” and “meddle”": a fragment in the same sentence as an
    /// attributed quote before it continues that report.
    /// </summary>
    private static bool ContinuesReport(List<Quote> quotes, QuoteSpan span, string text)
    {
        if (quotes.Count == 0 || quotes[^1] is not { Speaker: not null } last || last.Paragraph != span.Paragraph) return false;
        var endsSentence = last.Text.TrimEnd().EndsWith('.') || last.Text.TrimEnd().EndsWith('!') || last.Text.TrimEnd().EndsWith('?');
        return !endsSentence && last.End <= span.Start && text.AsSpan(last.End, span.Start - last.End).IndexOfAny(".!?") < 0;
    }

    private static bool IsSpeech(QuoteSpan span, string text, QuoteKind kind, Cue? cue, SpeakerResolver.Speaker? speaker, bool continues)
    {
        // Every test below asks for at most 4 words.
        var words = QuoteKinds.WordCount(text, atMost: 5);
        if (words == 0) return false;
        var adjacentCue = cue is { Placement: CuePlacement.After or CuePlacement.Before };
        if (span.SingleMarks) return adjacentCue && words >= 4 && kind == QuoteKind.Direct;
        if (QuoteKinds.LooksLikeTitle(text) && !(adjacentCue && cue!.Placement == CuePlacement.After && words > 2)) return false;
        if (!continues && IsScareQuote(kind, words, adjacentCue)) return false;
        return speaker is not null || kind == QuoteKind.Direct || words > 1 || adjacentCue;
    }

    // Measured on PolNeAR train (quote_f1 0.965 at 0, 0.967 at 2, 0.966 at 3): longer fragments are mostly speech.
    private const int MaxScareQuoteWords = 2;

    /// <summary>
    /// "the so-called “three amigos”", "a “seamless experience”": a fragment of one or two words that no verb of saying
    /// next to it reports is a term the writer holds at arm's length, not someone's words, even if the sentence has a
    /// subject.
    /// </summary>
    private static bool IsScareQuote(QuoteKind kind, int words, bool adjacentCue) =>
        kind == QuoteKind.Partial && !adjacentCue && words <= MaxScareQuoteWords;

    private static double Confidence(Cue cue) => (cue.Placement, cue.Speaker.Kind) switch
    {
        (CuePlacement.SentenceSubject, _) => 0.5,
        (CuePlacement.PreviousSentence, _) => 0.7,
        (_, MentionKind.Person) => 0.95,
        (_, MentionKind.Pronoun) => 0.8,
        _ => 0.7,
    };
}
