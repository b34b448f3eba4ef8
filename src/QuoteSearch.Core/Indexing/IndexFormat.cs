using System.Globalization;
using Lucene.Net.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// The version of the document layout, kept in each commit's user data. A layout change can make old segments
/// unreadable by the new searcher or make the writer refuse new documents half way through an ingest (a field's
/// doc values type cannot change), so an index with documents in another layout is refused when it is opened.
/// </summary>
public static class IndexFormat
{
    /// <summary>
    /// 2: fingerprint keys instead of fingerprint terms, stored-only quote ids, sorted day doc values.
    /// 3: a quote's display fields in one stored record (<see cref="StoredQuoteData"/>), one trie term per published day.
    /// 4: a quote stores only its article id and a compact record (ordinal, kind, speaker, role, cue, confidence,
    /// position); its text, paragraph and article details are read from the article document, which stores each
    /// paragraph as a value of its own (about 800 → 300 bytes a quote);
    /// no trie terms for the published day (doc values only); article titles stored, not indexed.
    /// 5: adjacent common words of the exact text as pairs (<see cref="IndexFields.ExactPairs"/>), which phrases require.
    /// </summary>
    public const int Current = 5;

    public const string UserDataKey = "index_format";

    /// <summary>The error for an index at <paramref name="path"/> written in another layout, or null when it can be used.</summary>
    public static string? Check(LuceneDirectory directory, string path)
    {
        if (!DirectoryReader.IndexExists(directory)) return null;
        var infos = new SegmentInfos();
        infos.Read(directory);
        if (infos.TotalDocCount == 0) return null;
        var found = infos.UserData.TryGetValue(UserDataKey, out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : 1;
        return found == Current ? null : IndexErrors.OtherFormat(path, found, Current);
    }

    public static KeyValuePair<string, string> UserData => new(UserDataKey, Current.ToString(CultureInfo.InvariantCulture));
}
