using HtmlAgilityPack;

namespace QuoteSearch.Core.Reading.Html;

/// <summary>A run of text a reader sees as one paragraph, with the element that holds it.</summary>
internal sealed record TextBlock(HtmlNode Element, string Text, int LinkChars)
{
    public double LinkDensity => Text.Length == 0 ? 1 : (double)LinkChars / Text.Length;
}
