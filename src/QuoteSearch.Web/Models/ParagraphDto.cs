namespace QuoteSearch.Web.Models;

/// <summary>
/// One paragraph of an article: its number counted from 1, the UI anchor (<c>p3</c> for the third), its text and the
/// quotes in it.
/// </summary>
public sealed record ParagraphDto(int Number, string Anchor, string Text, IReadOnlyList<QuoteDto> Quotes);
