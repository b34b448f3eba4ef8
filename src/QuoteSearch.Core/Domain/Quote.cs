namespace QuoteSearch.Core.Domain;

/// <summary>
/// A quotation or reported statement found in an article. <see cref="Start"/> and <see cref="End"/>
/// are character offsets of <see cref="Text"/> inside paragraph <see cref="Paragraph"/> (0-based).
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
    double Confidence);
