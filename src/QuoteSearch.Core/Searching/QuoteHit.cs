namespace QuoteSearch.Core.Searching;

/// <summary>
/// One quote in a result list, with where it came from. <see cref="Highlighted"/> is HTML-escaped with &lt;mark&gt;
/// around matches.
/// </summary>
public sealed record QuoteHit(
    string Id,
    string Text,
    string Highlighted,
    string Kind,
    string? SpeakerId,
    string? Speaker,
    string? Role,
    string? Cue,
    double Confidence,
    ArticleRef Article,
    int Paragraph,
    int Start,
    int End)
{
    /// <summary>The normalised text shared by every appearance of this quote (see <see cref="QuoteGroups"/>).</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>The whole paragraph the quote stands in.</summary>
    public string ParagraphText { get; init; } = "";

    /// <summary>"person" or "organisation"; null without a speaker, or in an index written before speakers had a type.</summary>
    public string? SpeakerType { get; init; }
}
