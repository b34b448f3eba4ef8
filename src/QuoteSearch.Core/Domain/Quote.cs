namespace QuoteSearch.Core.Domain;

/// <summary>
/// A quotation or reported statement found in an article. <see cref="Start"/> and <see cref="End"/>
/// are character offsets of <see cref="Text"/> inside paragraph <see cref="Paragraph"/> (0-based). <see cref="Speaker"/> is a
/// name the article gives, or null; <see cref="SpeakerType"/> says whether it is a person or an organisation (null
/// without a speaker). <see cref="Confidence"/> is the probability, 0–1, that the speaker is right.
/// </summary>
public sealed record Quote(
    string ArticleId,
    int Paragraph,
    int Start,
    int End,
    string Text,
    QuoteKind Kind,
    string? Speaker,
    string? Role,
    string? Cue,
    double Confidence)
{
    /// <summary>Person or organisation; null when <see cref="Speaker"/> is null.</summary>
    public SpeakerType? SpeakerType { get; init; }

    /// <summary>
    /// For a person written as one word ("Mr. Quist said"): the gender the article's titles give that word, else null.
    /// Never a guess from a first name; full names carry their given name instead.
    /// </summary>
    public SpeakerGender? SpeakerGender { get; init; }
}
