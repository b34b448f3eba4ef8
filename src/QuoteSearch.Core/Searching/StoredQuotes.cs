using System.Net;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Reads quotes back as hits: each quote document's <see cref="StoredQuoteData"/> record, then its article's
/// document once for all the quotes of the batch that stand in it (title, outlet, date, URL and only the paragraphs
/// those quotes stand in). The quote's text is its paragraph from <c>Start</c> to <c>End</c> (or the record's own
/// <see cref="StoredQuoteData.Text"/>, kept only when that is not so), its fingerprint
/// <see cref="QuoteDocuments.Fingerprint"/> of that text, its id <see cref="QuoteIds.For"/>, and its written speaker's id
/// <see cref="StoredQuoteData.SpeakerId"/>.
/// </summary>
public static class StoredQuotes
{
    /// <summary>
    /// The quotes among documents <paramref name="docs"/> (ids of the searcher's reader), in that order; documents that
    /// are not quotes are left out. Throws when a quote's article document is missing, which a whole index never has.
    /// </summary>
    public static IReadOnlyList<QuoteHit> Read(IndexSearcher searcher, IReadOnlyList<int> docs) => Read(searcher, docs, null);

    internal static List<QuoteHit> Read(
        IndexSearcher searcher, IReadOnlyList<int> docs, HitHighlighter? highlighter, StoredArticleFields? known = null)
    {
        var quotes = new List<(int Doc, string ArticleId, StoredQuoteData Data)>(docs.Count);
        foreach (var doc in docs)
        {
            var fields = StoredQuoteFields.Read(searcher.IndexReader, doc);
            if (fields.Data is { } data) quotes.Add((doc, fields.ArticleId ?? "", data));
        }
        var articles = new Dictionary<string, StoredArticleFields>(StringComparer.Ordinal);
        if (known is not null) articles[known.Article.Id] = known;
        foreach (var group in quotes.GroupBy(q => q.ArticleId, StringComparer.Ordinal))
        {
            if (articles.ContainsKey(group.Key)) continue;
            var (doc, _, data) = group.First();
            var wanted = group.Select(q => q.Data.Paragraph).ToHashSet();
            articles[group.Key] = ArticleDocuments.Read(searcher, group.Key, doc - data.Ordinal - 1, wanted)
                ?? throw new InvalidOperationException($"quote {QuoteIds.For(group.Key, data.Ordinal)}: its article document is missing");
        }
        return quotes.Select(q => Hit(q.Data, articles[q.ArticleId], highlighter)).ToList();
    }

    private static QuoteHit Hit(StoredQuoteData data, StoredArticleFields article, HitHighlighter? highlighter)
    {
        var paragraph = article.Paragraph(data.Paragraph);
        var text = data.Text ?? Slice(paragraph, data.Start, data.End);
        return new QuoteHit(
            QuoteIds.For(article.Article.Id, data.Ordinal),
            text,
            highlighter?.Highlight(text) ?? WebUtility.HtmlEncode(text),
            data.Kind,
            data.SpeakerId,
            data.Speaker,
            data.Role,
            data.Cue,
            data.Confidence,
            article.Article,
            data.Paragraph,
            data.Start,
            data.End)
        {
            Fingerprint = QuoteDocuments.Fingerprint(text),
            ParagraphText = paragraph,
            SpeakerType = data.SpeakerType,
        };
    }

    /// <summary>Offsets past the paragraph's end (never written by extraction) give what there is, not an exception.</summary>
    private static string Slice(string paragraph, int start, int end)
    {
        var from = Math.Clamp(start, 0, paragraph.Length);
        return paragraph[from..Math.Clamp(end, from, paragraph.Length)];
    }
}
