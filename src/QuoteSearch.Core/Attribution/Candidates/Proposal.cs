using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution.Candidates;

/// <summary>
/// One attribution unit's reading of a quote: the mention as written at its cue, the speaker it resolves to,
/// the cue verb (null without one), how far it stands (0 the quote's sentence, 1 the sentence before, 2 the paragraph
/// before), and for nearby names their rank counting back from the quote (0 nearest) and whether they follow it.
/// </summary>
internal sealed record Proposal(string Unit, Mention Mention, SpeakerResolver.Speaker Speaker, string? Verb, int Distance,
    int Rank = 0, bool AfterQuote = false);
