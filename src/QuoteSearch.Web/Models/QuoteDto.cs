using QuoteSearch.Core.Searching;

namespace QuoteSearch.Web.Models;

/// <summary>
/// A quote as the API returns it; <see cref="Paragraph"/> is its paragraph's number counted from 1, and
/// <see cref="Link"/> opens the article at that paragraph (<c>#p</c> and the same number) with this quote marked
/// (<c>quote=</c> and its id; see <see cref="Links.Quote"/>).
/// </summary>
public sealed record QuoteDto(
    string Id,
    string Quote,
    string Highlighted,
    string Kind,
    SpeakerRefDto? Speaker,
    string? Cue,
    double Confidence,
    ArticleRefDto Article,
    int Paragraph,
    int Start,
    int End,
    string Link)
{
    /// <summary>How many articles carry this same quote (1 when only this one); see <c>/api/quotes/{id}/group</c>.</summary>
    public int CarriedBy { get; init; } = 1;

    /// <summary>
    /// For a statement (kind <c>indirect</c>) only: the sentence of its paragraph that holds it, at most 400 characters
    /// (cut with "…"); null for quotes, or when the paragraph text is not stored.
    /// </summary>
    public string? Context { get; init; }

    public static QuoteDto From(QuoteHit hit, int carriedBy) => From(hit) with { CarriedBy = carriedBy };

    public static QuoteDto From(QuoteHit hit) => new(
        hit.Id,
        hit.Text,
        hit.Highlighted,
        hit.Kind,
        hit.SpeakerId is null ? null : new SpeakerRefDto(hit.SpeakerId, hit.Speaker ?? hit.SpeakerId, hit.Role, hit.SpeakerType),
        hit.Cue,
        hit.Confidence,
        ArticleRefDto.From(hit.Article),
        Links.ParagraphNumber(hit.Paragraph),
        hit.Start,
        hit.End,
        Links.Quote(hit.Article.Id, hit.Id, hit.Paragraph))
    {
        Context = IsStatement(hit) ? SentenceAround.Of(hit.ParagraphText, hit.Start, hit.End) : null,
    };

    private static bool IsStatement(QuoteHit hit) => hit.Kind == "indirect";
}
