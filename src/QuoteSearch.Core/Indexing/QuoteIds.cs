using System.Buffers.Text;
using System.Text;

namespace QuoteSearch.Core.Indexing;

/// <summary>
/// Quote ids that go into a URL path as they are (only letters, digits and <c>- . _ ~</c>): the article id and the
/// quote's ordinal in it. An article id of those characters (no <c>~</c>) stays readable: <c>story-2019.3</c>; any
/// other is written base64url: <c>c3RvcnkgIzE~3</c>. Ids of older indexes (<c>article#3</c>) are still read.
/// </summary>
public static class QuoteIds
{
    public static string For(string articleId, int ordinal) =>
        IsReadable(articleId) ? $"{articleId}.{ordinal}" : $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(articleId))}~{ordinal}";

    /// <summary>The article id inside a quote id; false when the id is not one <see cref="For"/> (or an older index) wrote.</summary>
    public static bool TryArticleOf(string quoteId, out string articleId)
    {
        articleId = "";
        var at = quoteId.LastIndexOfAny(['.', '~', '#']);
        if (at <= 0 || at == quoteId.Length - 1 || quoteId.AsSpan(at + 1).IndexOfAnyExceptInRange('0', '9') >= 0) return false;
        var prefix = quoteId[..at];
        if (quoteId[at] != '~')
        {
            articleId = prefix;
            return true;
        }
        var bytes = new byte[Base64Url.GetMaxDecodedLength(prefix.Length)];
        if (Base64Url.DecodeFromChars(prefix, bytes, out _, out var written) != System.Buffers.OperationStatus.Done) return false;
        articleId = Encoding.UTF8.GetString(bytes, 0, written);
        return true;
    }

    private static bool IsReadable(string articleId) =>
        articleId.Length > 0 && articleId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_');
}
