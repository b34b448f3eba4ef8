using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution.Candidates;

/// <summary>
/// A speaker some unit proposed for a quote, with every proposal that named them. <see cref="RulePick"/> marks
/// the speaker today's fixed order of rules would choose, which is one feature among the rest; <see cref="Facts"/> what the
/// article shows of the name.
/// </summary>
internal sealed record SpeakerCandidate(SpeakerResolver.Speaker Speaker, IReadOnlyList<Proposal> Proposals, bool RulePick, NameFacts Facts)
{
    /// <summary>The proposal to report the cue and role from: one with a verb, nearest the quote.</summary>
    public Proposal Best => Proposals.OrderBy(p => p.Verb is null).ThenBy(p => p.Distance).First();
}
