using System.Globalization;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using QuoteSearch.Core.Domain;
using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Reading;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Maps an extracted article to Lucene documents: one for the article, then one per quote in the order of
/// <see cref="ExtractedArticle.Quotes"/>, written as one block, so quote k's article is k + 1 documents before it.
/// The article stores its title, URL, date, outlet and paragraphs (one stored value each, last); a quote stores its
/// article id and a small <see cref="StoredQuoteData"/> record, and its text is read back from its paragraph. Field
/// instances are reused per thread (Lucene consumes each yielded document before asking for the next), because a
/// new field per document costs a new token stream and its attributes, which dominated ingest time.
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

    /// <summary>
    /// The same words in the same order, whatever the case, punctuation or quote marks: letters and digits lowercased,
    /// every other run of characters one space (apostrophes none), no space at either end. Computed for each hit read
    /// (it is not stored), so it writes into one buffer instead of a string builder.
    /// </summary>
    public static string Fingerprint(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC);
        var buffer = normal.Length <= 1024 ? stackalloc char[normal.Length] : new char[normal.Length];
        var length = 0;
        foreach (var c in normal)
        {
            if (char.IsLetterOrDigit(c)) buffer[length++] = char.ToLowerInvariant(c);
            else if (length > 0 && buffer[length - 1] != ' ' && !(c is '\'' or '’')) buffer[length++] = ' ';
        }
        // Letters and digits are never white space, so only the one space written last can end it.
        if (length > 0 && buffer[length - 1] == ' ') length--;
        return new string(buffer[..length]);
    }

    /// <summary>
    /// Which quotes hold a pair and how often (a two-word phrase's frequency): no positions or norms
    /// (<see cref="IndexFields.ExactPairs"/>).
    /// </summary>
    private static readonly FieldType PairsType = DocumentsAndFrequencies();

    private static FieldType DocumentsAndFrequencies()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS,
            OmitNorms = true,
        };
        type.Freeze();
        return type;
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
        private readonly QuoteTextAnalysis analysis = new();
        // Not stored: readers take the text from its paragraph on the article document.
        private readonly TextField text = new(IndexFields.Text, "", Field.Store.NO);
        private readonly Field exact;
        private readonly Field pairs;
        private readonly StringField kind = new(IndexFields.Kind, "", Field.Store.NO);
        private readonly StringField fingerprintKey = new(IndexFields.FingerprintKey, "", Field.Store.NO);
        // Not stored: readers derive it from the written name in the record (StoredQuoteData.SpeakerId).
        private readonly StringField speakerId = new(IndexFields.SpeakerId, "", Field.Store.NO);
        private readonly SortedDocValuesField speakerIdValues = new(IndexFields.SpeakerId, new BytesRef());
        private readonly SortedDocValuesField speakerNameValues = new(IndexFields.SpeakerName, new BytesRef());
        private readonly NumericDocValuesField speakerGender = new(IndexFields.SpeakerGender, 0);
        private readonly StoredField quoteData = new(IndexFields.QuoteData, new BytesRef());
        private readonly MemoryStream quoteDataBuffer = new();
        private readonly BytesRef quoteDataBytes = new();

        public Fields()
        {
            // The quote is tokenised once for both fields: the text field indexes the stemmed replay.
            text.SetTokenStream(analysis.Stemmed);
            exact = new Field(IndexFields.Exact, analysis.Exact, TextField.TYPE_NOT_STORED);
            pairs = new Field(IndexFields.ExactPairs, analysis.Pairs, PairsType);
        }

        public Document Article(Article article, string? outletName)
        {
            Common(article, outletName, IndexFields.ArticleType);
            // Stored fields are not analysed, so a new field per paragraph costs no token stream.
            foreach (var paragraph in article.Paragraphs) document.Add(new StoredField(IndexFields.Paragraphs, paragraph));
            return document;
        }

        public Document Quote(Article article, string? outletName, Quote quote, int ordinal)
        {
            Common(article, outletName, IndexFields.QuoteType);
            var kindName = quote.Kind.ToString().ToLowerInvariant();
            analysis.Analyse(quote.Text);
            Set(text, quote.Text);
            document.Add(exact);
            document.Add(pairs);
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
                if (quote.SpeakerGender is { } gender)
                {
                    speakerGender.SetInt64Value(SpeakerGenders.Code(gender));
                    document.Add(speakerGender);
                }
            }
            new StoredQuoteData(ordinal, kindName, quote.Speaker, quote.Role, quote.Cue, quote.Confidence,
                    quote.Paragraph, quote.Start, quote.End, SpeakerTypes.Name(quote.SpeakerType),
                    TextUnlessInParagraph(article, quote))
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
            // Only the article document stores the details; quotes read them from it.
            if (typeName != IndexFields.ArticleType) return;
            if (article.Title is not null) Set(title, article.Title);
            if (article.Url is not null) Set(url, article.Url);
            if (PublishedText(article) is { } published) Set(this.published, published);
            if (outletName is not null) Set(outlet, outletName);
        }

        /// <summary>Null when readers can take the text from the paragraph, as they do for every quote extraction makes.</summary>
        private static string? TextUnlessInParagraph(Article article, Quote quote)
        {
            var paragraph = quote.Paragraph >= 0 && quote.Paragraph < article.Paragraphs.Count
                ? article.Paragraphs[quote.Paragraph]
                : "";
            var inParagraph = quote.Start >= 0 && quote.Start <= quote.End && quote.End <= paragraph.Length
                && paragraph.AsSpan(quote.Start, quote.End - quote.Start).SequenceEqual(quote.Text);
            return inParagraph ? null : quote.Text;
        }

        private static string? PublishedText(Article article) => article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private void Set(Field field, string value)
        {
            field.SetStringValue(value);
            document.Add(field);
        }
    }
}
