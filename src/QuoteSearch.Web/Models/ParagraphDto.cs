namespace QuoteSearch.Web.Models;

/// <summary>One paragraph of an article: its 0-based number, the UI anchor (<c>p3</c>), its text and the quotes in it.</summary>
public sealed record ParagraphDto(int Number, string Anchor, string Text, IReadOnlyList<QuoteDto> Quotes);
