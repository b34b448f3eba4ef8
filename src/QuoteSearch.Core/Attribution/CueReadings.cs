namespace QuoteSearch.Core.Attribution;

/// <summary>
/// What each cue pattern reads for one quote (null: nothing). <see cref="BeforeSilenced"/>: the cue before the quote
/// is a verb that reports nothing ("did not say"); <see cref="StartsSentence"/>: the quote opens its sentence.
/// </summary>
internal sealed record CueReadings(
    Cue? After,
    Cue? Before,
    bool BeforeSilenced,
    bool StartsSentence,
    Cue? Colon,
    Cue? Subject,
    Cue? PreviousSentence,
    Cue? PreviousSubject)
{
    /// <summary>
    /// The fixed order of rules: a cue right after a quote that opens its sentence, or after one whose cue before
    /// reports nothing ("X cannot say that “Q,” Y added"); else before, after, a colon, the subject, the sentence before.
    /// </summary>
    public Cue? RuleCue =>
        After is not null && (StartsSentence || BeforeSilenced) ? After : Before ?? After ?? Colon ?? Subject ?? PreviousSentence;

    /// <summary>Every reading under its unit name; a silenced cue before the quote proposes nobody.</summary>
    public IEnumerable<(string Unit, Cue Cue)> All()
    {
        if (After is not null) yield return (AttributionUnits.After, After);
        if (Before is not null && !BeforeSilenced) yield return (AttributionUnits.Before, Before);
        if (Colon is not null) yield return (AttributionUnits.Colon, Colon);
        if (Subject is not null) yield return (AttributionUnits.Subject, Subject);
        if (PreviousSentence is not null) yield return (AttributionUnits.PreviousSentence, PreviousSentence);
        if (PreviousSubject is not null) yield return (AttributionUnits.PreviousSubject, PreviousSubject);
    }
}
