using System.Collections.Frozen;
using QuoteSearch.Core.Language;
using System.Text.RegularExpressions;
using QuoteSearch.Core.Domain;

using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Statements;

/// <summary>
/// Transcript lines, "HALE: Well, look, ...": the capitalised label before the colon is the speaker. A whole
/// paragraph written so is a line of its own; a quote whose text opens so ("“OSTRANDER: Do you ...”") takes the
/// label as its speaker and loses the label from its text. Only capitals count as a label, so headlines
/// ("Hale: Flowers won't be at debate") and ordinary sentences with a colon are left alone.
/// Every transcript line is reported as a statement (kind indirect), quote marks or not: the article
/// reproduces a dialogue rather than quoting someone into its own text, and news annotation reads transcripts so
/// (PolNeAR annotates all 24 such lines of its dev and train splits as reported speech). The line keeps its
/// speaker and cue.
/// </summary>
internal static partial class TranscriptLines
{
    public const string Cue = "interview";

    private static readonly FrozenSet<string> NotSpeakers = Lexicon.Set(
        "update updated note correction clarification watch read related photos photo video source sources breaking " +
        "advertisement transcript editor's editor’s disclosure warning spoiler exclusive live email e-mail phone contact " +
        "follow twitter subscribe tags filed credit stat of the and in on for at to by with");

    [GeneratedRegex(@"^(?<label>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s+\S", RegexOptions.NonBacktracking)]
    private static partial Regex Labelled();

    /// <summary>The label and where the spoken text starts, when <paramref name="text"/> opens with a speaker label.</summary>
    public static bool TryLabel(string text, out string label, out int textStart)
    {
        label = "";
        textStart = 0;
        var match = Labelled().Match(text.Length > 80 ? text[..80] : text);
        if (!match.Success) return false;
        var raw = match.Groups["label"].Value;
        if (raw.Count(char.IsLetter) < 2 || raw.Split(' ').Any(NotSpeakers.Contains)) return false;
        label = TitleCase(raw);
        textStart = match.Length - 1;
        return true;
    }

    /// <summary>The person behind a label: the article's full name for them, but never its capitals ("MARTA LINDAHL:").</summary>
    private static SpeakerResolver.Speaker? Speaker(SpeakerResolver resolver, string label, int paragraph) =>
        resolver.Resolve(new Mention(MentionKind.Person, label, null), paragraph, 0) is { } speaker
            ? speaker.Name.Any(char.IsLower) ? speaker : speaker with { Name = TitleCase(speaker.Name) }
            : null;

    private static string TitleCase(string capitals) =>
        string.Join(' ', capitals.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));

    /// <summary>The quotes with transcript lines attributed and added, in reading order.</summary>
    public static IReadOnlyList<Quote> Apply(Article article, IReadOnlyList<Quote> quotes, SpeakerResolver resolver)
    {
        var result = new List<Quote>(quotes.Count);
        foreach (var quote in quotes)
        {
            // The label outranks a speaker guessed without a cue verb, or from a colon line before the quote
            // ("Partial transcript as follows:").
            var guessed = quote.Speaker is null || quote.Cue is null or ":";
            if (guessed && quote.Kind == QuoteKind.Direct && TryLabel(quote.Text, out var label, out var at)
                && Speaker(resolver, label, quote.Paragraph) is { } speaker)
            {
                result.Add(quote with
                {
                    Start = quote.Start + at, Text = quote.Text[at..], Kind = QuoteKind.Indirect,
                    Speaker = speaker.Name, Role = speaker.Role, Cue = Cue, Confidence = 0.8,
                });
            }
            else
            {
                result.Add(quote);
            }
        }
        var quoted = quotes.Select(q => q.Paragraph).ToHashSet();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var text = article.Paragraphs[p];
            if (quoted.Contains(p) || !TryLabel(text, out var label, out var at)) continue;
            if (Speaker(resolver, label, p) is not { } speaker) continue;
            result.Add(new Quote(article.Id, p, at, text.Length, text[at..], QuoteKind.Indirect, speaker.Name, speaker.Role, Cue, 0.8));
        }
        return result.OrderBy(q => q.Paragraph).ThenBy(q => q.Start).ToList();
    }
}
