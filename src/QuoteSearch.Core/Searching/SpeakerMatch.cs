namespace QuoteSearch.Core.Searching;

/// <summary>
/// What a speaker asked for by id, name, surname or variant matches: exactly one <see cref="Speaker"/>; or several
/// <see cref="Candidates"/> (most quotes first) to choose from; or none, with the <see cref="Nearest"/> names.
/// </summary>
public sealed record SpeakerMatch(SpeakerSummary? Speaker, IReadOnlyList<SpeakerSummary> Candidates, IReadOnlyList<SpeakerSummary> Nearest)
{
    public bool Found => Speaker is not null;
    public bool Ambiguous => Speaker is null && Candidates.Count > 1;

    public static SpeakerMatch One(SpeakerSummary speaker) => new(speaker, [speaker], []);
}
