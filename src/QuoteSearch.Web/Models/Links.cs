namespace QuoteSearch.Web.Models;

/// <summary>URLs of the UI pages, built in one place.</summary>
public static class Links
{
    public static string Paragraph(string articleId, int paragraph) => $"/article.html?id={Uri.EscapeDataString(articleId)}#p{paragraph}";
    public static string Speaker(string speakerId) => $"/speaker.html?id={Uri.EscapeDataString(speakerId)}";
}
