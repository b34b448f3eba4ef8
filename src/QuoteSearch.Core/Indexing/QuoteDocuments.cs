using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Indexing;

/// <summary>Maps an extracted article to Lucene documents: one for the article, one per quote.</summary>
public static class QuoteDocuments
{
    public static IEnumerable<Document> For(ExtractedArticle extracted)
    {
        var article = extracted.Article;
        var outlet = article.Site ?? HostOf(article.Url);
        yield return ArticleDocument(article, outlet);
        for (var i = 0; i < extracted.Quotes.Count; i++)
        {
            yield return QuoteDocument(article, outlet, extracted.Quotes[i], i);
        }
    }

    private static Document ArticleDocument(Article article, string? outlet)
    {
        var document = Common(article, outlet, IndexFields.ArticleType);
        document.Add(new StoredField(IndexFields.Paragraphs, JsonSerializer.Serialize(article.Paragraphs)));
        return document;
    }

    private static Document QuoteDocument(Article article, string? outlet, Quote quote, int ordinal)
    {
        var document = Common(article, outlet, IndexFields.QuoteType);
        document.Add(new StringField(IndexFields.QuoteId, $"{article.Id}#{ordinal}", Field.Store.YES));
        document.Add(new TextField(IndexFields.Text, quote.Text, Field.Store.YES));
        document.Add(new TextField(IndexFields.Exact, quote.Text, Field.Store.NO));
        document.Add(new StringField(IndexFields.Kind, quote.Kind.ToString().ToLowerInvariant(), Field.Store.YES));
        document.Add(new StoredField(IndexFields.Confidence, quote.Confidence));
        document.Add(new StoredField(IndexFields.Paragraph, quote.Paragraph));
        document.Add(new StoredField(IndexFields.Start, quote.Start));
        document.Add(new StoredField(IndexFields.End, quote.End));
        document.Add(new StoredField(IndexFields.ParagraphText, article.Paragraphs[quote.Paragraph]));
        var fingerprint = Fingerprint(quote.Text);
        document.Add(new StringField(IndexFields.Fingerprint, fingerprint, Field.Store.YES));
        if (quote.Cue is not null) document.Add(new StoredField(IndexFields.Cue, quote.Cue));
        if (quote.Role is not null) document.Add(new StoredField(IndexFields.Role, quote.Role));
        if (quote.Speaker is not null)
        {
            var id = SpeakerIds.For(quote.Speaker);
            document.Add(new StringField(IndexFields.SpeakerId, id, Field.Store.YES));
            document.Add(new SortedDocValuesField(IndexFields.SpeakerId, new Lucene.Net.Util.BytesRef(id)));
            document.Add(new TextField(IndexFields.Speaker, quote.Speaker, Field.Store.YES));
            document.Add(new SortedDocValuesField(IndexFields.SpeakerName, new Lucene.Net.Util.BytesRef(quote.Speaker)));
        }
        return document;
    }

    private static Document Common(Article article, string? outlet, string type)
    {
        var day = article.Published is { } date ? date.Year * 10000 + date.Month * 100 + date.Day : 0;
        var document = new Document
        {
            new StringField(IndexFields.Type, type, Field.Store.NO),
            new StringField(IndexFields.ArticleId, article.Id, Field.Store.YES),
            new Int32Field(IndexFields.PublishedDay, day, Field.Store.NO),
            new NumericDocValuesField(IndexFields.PublishedDay, day),
        };
        if (article.Title is not null) document.Add(new TextField(IndexFields.Title, article.Title, Field.Store.YES));
        if (article.Url is not null) document.Add(new StoredField(IndexFields.Url, article.Url));
        if (article.Published is { } published) document.Add(new StoredField(IndexFields.Published, published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (outlet is not null)
        {
            document.Add(new StoredField(IndexFields.Outlet, outlet));
            document.Add(new StringField(IndexFields.OutletId, outlet.ToLowerInvariant(), Field.Store.NO));
        }
        return document;
    }

    /// <summary>The same words in the same order, whatever the case, punctuation or quote marks.</summary>
    public static string Fingerprint(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != ' ' && !(c is '\'' or '’')) builder.Append(' ');
        }
        return builder.ToString().TrimEnd();
    }

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;
}
