namespace QuoteSearch.Core.Indexing;

/// <summary>Lucene field names, in one place for the writer and the searcher.</summary>
public static class IndexFields
{
    public const string Type = "type";
    public const string QuoteType = "quote";
    public const string ArticleType = "article";

    public const string ArticleId = "article_id";
    /// <summary>Quote text, English-stemmed, for recall on plain words. Not stored: the article's paragraph holds it.</summary>
    public const string Text = "text";
    /// <summary>Quote text lowercased only, stop words kept, for exact phrases.</summary>
    public const string Exact = "exact";
    /// <summary>
    /// Each two adjacent common words of <see cref="Exact"/> as one term, "w1 w2" (<see cref="WordPairFilter"/>), with
    /// frequencies but no positions or norms: a phrase of two such words is answered from its pair, a longer one first
    /// keeps the quotes holding its pairs (<see cref="Searching.PhrasePairs"/>).
    /// </summary>
    public const string ExactPairs = "exact_pairs";
    public const string SpeakerId = "speaker_id";
    /// <summary>Doc values of the display name, for the speaker directory.</summary>
    public const string SpeakerName = "speaker_name";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Outlet = "outlet";
    public const string OutletId = "outlet_id";
    public const string Url = "url";
    public const string Published = "published";
    /// <summary>
    /// Published date as yyyyMMdd (00000000 when unknown) in <see cref="PublishedDays"/> doc values, for date ranges
    /// and sorting; not indexed as terms, since no query reads them.
    /// </summary>
    public const string PublishedDay = "published_day";
    /// <summary>
    /// The indexed 64-bit hash of a quote's normalised text (see <see cref="FingerprintKeys"/>), grouping the same quote
    /// across outlets.
    /// </summary>
    public const string FingerprintKey = "fingerprint_key";
    /// <summary>On quote documents: what a hit shows but no query searches, as one <see cref="StoredQuoteData"/> record.</summary>
    public const string QuoteData = "quote_data";
    /// <summary>
    /// On quote documents whose one-word person speaker has a gender from titles (<see cref="Domain.Quote.SpeakerGender"/>):
    /// numeric doc values, 1 male, 2 female; absent (0) otherwise. Identity tells same-surname people apart with it.
    /// </summary>
    public const string SpeakerGender = "speaker_gender";
    /// <summary>
    /// On article documents: one stored value per paragraph, in order and after every other stored field, so a reader
    /// can take one paragraph and skip the rest (the quote texts are read from here).
    /// </summary>
    public const string Paragraphs = "paragraphs";
}
