using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Attribution.Candidates;

/// <summary>
/// The quote being attributed and every candidate speaker within reach. <see cref="LastSpeaker"/> is who spoke
/// the attributed quote before it (null when none in reach); <see cref="RuleConfidence"/> is the fixed rules'
/// confidence in their pick.
/// </summary>
internal sealed record CandidateSet(
    string QuoteText,
    QuoteKind Kind,
    bool OpensParagraph,
    bool IsContinuation,
    bool SingleMarks,
    string? LastSpeaker,
    double RuleConfidence,
    IReadOnlyList<SpeakerCandidate> Candidates);
