using System.Globalization;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Maps an extracted article to Lucene documents: one for the article, one per quote. Field instances are
/// reused per thread (Lucene consumes each yielded document before asking for the next), because a new
/// field per document costs a new token stream and its attributes, which dominated ingest time.
/// </summary>
public static class QuoteDocuments
{
    [ThreadStatic] private static Fields? cached;

    public static IEnumerable<Document> For(ExtractedArticle extracted)
    {
        var fields = cached ??= new Fields();
        // Untitled articles are shown under their first words, not their id.
        var article = extracted.Article with { Title = Headings.Of(extracted.Article) };
        var outlet = article.Site ?? Outlets.FromHost(article.Url);
        yield return fields.Article(article, outlet);
        for (var i = 0; i < extracted.Quotes.Count; i++)
        {
            yield return fields.Quote(article, outlet, extracted.Quotes[i], i);
        }
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

    /// <summary>One set of reusable fields; a document is rebuilt from them for each article or quote.</summary>
    private sealed class Fields
    {
        private readonly Document document = [];
        private readonly StringField type = new(IndexFields.Type, "", Field.Store.NO);
        private readonly StringField articleId = new(IndexFields.ArticleId, "", Field.Store.YES);
        private readonly SortedDocValuesField dayValues = new(IndexFields.PublishedDay, new BytesRef());
        // Stored only: every search keeps to quote documents, so an indexed title could never match.
        private readonly StoredField title = new(IndexFields.Title, "");
        private readonly StoredField url = new(IndexFields.Url, "");
        private readonly StoredField published = new(IndexFields.Published, "");
        private readonly StoredField outlet = new(IndexFields.Outlet, "");
        private readonly StringField outletId = new(IndexFields.OutletId, "", Field.Store.NO);
        private readonly StoredField paragraphs = new(IndexFields.Paragraphs, "");
        private readonly QuoteTextAnalysis analysis = new();
        private readonly TextField text = new(IndexFields.Text, "", Field.Store.YES);
        private readonly Field exact;
        private readonly StringField kind = new(IndexFields.Kind, "", Field.Store.NO);
        private readonly StringField fingerprintKey = new(IndexFields.FingerprintKey, "", Field.Store.NO);
        private readonly StringField speakerId = new(IndexFields.SpeakerId, "", Field.Store.YES);
        private readonly SortedDocValuesField speakerIdValues = new(IndexFields.SpeakerId, new BytesRef());
        private readonly SortedDocValuesField speakerNameValues = new(IndexFields.SpeakerName, new BytesRef());
        private readonly StoredField quoteData = new(IndexFields.QuoteData, new BytesRef());
        private readonly MemoryStream quoteDataBuffer = new();
        private readonly BytesRef quoteDataBytes = new();

        public Fields()
        {
            // The quote is tokenised once for both fields: the stored text field indexes the stemmed replay.
            text.SetTokenStream(analysis.Stemmed);
            exact = new Field(IndexFields.Exact, analysis.Exact, TextField.TYPE_NOT_STORED);
        }

        public Document Article(Article article, string? outletName)
        {
            Common(article, outletName, IndexFields.ArticleType);
            Set(paragraphs, JsonSerializer.Serialize(article.Paragraphs));
            return document;
        }

        public Document Quote(Article article, string? outletName, Quote quote, int ordinal)
        {
            Common(article, outletName, IndexFields.QuoteType);
            var kindName = quote.Kind.ToString().ToLowerInvariant();
            analysis.Analyse(quote.Text);
            Set(text, quote.Text);
            document.Add(exact);
            Set(kind, kindName);
            var normalised = Fingerprint(quote.Text);
            Set(fingerprintKey, FingerprintKeys.Term(normalised));
            if (quote.Speaker is not null)
            {
                var id = SpeakerIds.For(quote.Speaker);
                Set(speakerId, id);
                speakerIdValues.SetBytesValue(new BytesRef(id));
                document.Add(speakerIdValues);
                speakerNameValues.SetBytesValue(new BytesRef(quote.Speaker));
                document.Add(speakerNameValues);
            }
            new StoredQuoteData(QuoteIds.For(article.Id, ordinal), kindName, quote.Speaker, quote.Role, quote.Cue, quote.Confidence,
                    quote.Paragraph, quote.Start, quote.End, normalised, article.Paragraphs[quote.Paragraph],
                    article.Title, article.Url, PublishedText(article), outletName, SpeakerTypes.Name(quote.SpeakerType))
                .WriteTo(quoteDataBuffer, quoteDataBytes);
            quoteData.SetBytesValue(quoteDataBytes);
            document.Add(quoteData);
            return document;
        }

        private void Common(Article article, string? outletName, string typeName)
        {
            document.Fields.Clear();
            Set(type, typeName);
            Set(articleId, article.Id);
            // Doc values only: date ranges and sorts read the days in memory (PublishedDayKeys), no query reads a term.
            dayValues.SetBytesValue(PublishedDays.Key(PublishedDays.Of(article.Published)));
            document.Add(dayValues);
            if (outletName is not null) Set(outletId, outletName.ToLowerInvariant());
            // Quotes carry the title and the rest in their stored record.
            if (typeName != IndexFields.ArticleType) return;
            if (article.Title is not null) Set(title, article.Title);
            if (article.Url is not null) Set(url, article.Url);
            if (PublishedText(article) is { } published) Set(this.published, published);
            if (outletName is not null) Set(outlet, outletName);
        }

        private static string? PublishedText(Article article) => article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private void Set(Field field, string value)
        {
            field.SetStringValue(value);
            document.Add(field);
        }
    }
}
