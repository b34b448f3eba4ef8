namespace QuoteSearch.Core.Tests.Attribution.Specs;

/// <summary>
/// A short article and what extraction must find in it. The article is <see cref="Paragraphs"/> (optionally with a
/// <see cref="Title"/>), or a whole plain-text file in <see cref="Text"/>, or a page in <see cref="Html"/>, read by the
/// project's own parsers. <see cref="NotQuotes"/> are fragments that must not come out as a quote or a statement.
/// </summary>
public sealed record AttributionExample(
    string Name,
    string? Title,
    IReadOnlyList<string>? Paragraphs,
    string? Text,
    string? Html,
    IReadOnlyList<ExpectedItem> Expect,
    IReadOnlyList<string> NotQuotes);
