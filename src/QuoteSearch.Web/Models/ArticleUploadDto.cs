namespace QuoteSearch.Web.Models;

/// <summary>
/// The JSON body of <c>POST /api/articles</c> (one line of a JSON Lines feed): the article as HTML or as plain text
/// (one of the two is needed), with optional metadata; <see cref="Published"/> is a date (<c>2026-02-06</c>) or date-time.
/// </summary>
public sealed record ArticleUploadDto
{
    /// <summary>The article id; without one, the URL's hash, else the body's.</summary>
    public string? Id { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Published { get; init; }
    /// <summary>The saved page; its head gives title, date, URL and outlet when the fields above do not.</summary>
    public string? Html { get; init; }
    /// <summary>The article as plain text: blank lines between paragraphs.</summary>
    public string? Text { get; init; }
}
