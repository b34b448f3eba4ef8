using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Lucene.Net.Search;
using QuoteSearch.Core.Indexing;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// Opaque page cursors for <c>SearchAfter</c>: the last hit's sort values and doc number, and a hash of the search
/// they page through (query, filters, sort), base64url-encoded. Anything that does not decode to the right shape for
/// the requested sort is refused, and so is a cursor of another search: its position means nothing there.
/// </summary>
internal static class Cursor
{
    public static string For(ScoreDoc last, SearchRequest request)
    {
        var position = request.Sort == SearchSort.Date && last is FieldDoc field
            ? $"d:{((J2N.Numerics.Int32)field.Fields[0]).ToInt32().ToString("D8", CultureInfo.InvariantCulture)}:{last.Doc}"
            : $"r:{last.Score.ToString("R", CultureInfo.InvariantCulture)}:{last.Doc}";
        var text = $"{position}:{SearchHash(request)}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static Result<ScoreDoc?> Parse(SearchRequest request)
    {
        var (cursor, sort) = (request.Cursor, request.Sort);
        if (string.IsNullOrEmpty(cursor)) return Result<ScoreDoc?>.Ok(null);
        if (cursor.Length > 100) return Result<ScoreDoc?>.Fail(SearchErrors.BadCursor);
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split(':');
            if (parts.Length != 4 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var doc))
                return Result<ScoreDoc?>.Fail(SearchErrors.BadCursor);
            if (parts[3] != SearchHash(request)) return Result<ScoreDoc?>.Fail(SearchErrors.CursorOfAnotherSearch);
            if (sort == SearchSort.Date && parts[0] == "d" && PublishedDays.TryParse(Encoding.UTF8.GetBytes(parts[1]), out var day))
            {
                // The day as the J2N boxed number PublishedDaySort takes; the doc breaks ties.
                return Result<ScoreDoc?>.Ok(new FieldDoc(doc, float.NaN, [J2N.Numerics.Int32.GetInstance(day)]));
            }
            if (sort == SearchSort.Relevance
                && parts[0] == "r"
                && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
                && float.IsFinite(score))
            {
                return Result<ScoreDoc?>.Ok(new ScoreDoc(doc, score));
            }
            return Result<ScoreDoc?>.Fail(SearchErrors.BadCursor);
        }
        catch (FormatException)
        {
            return Result<ScoreDoc?>.Fail(SearchErrors.BadCursor);
        }
    }

    /// <summary>What makes two requests the same search (not the page size): 8 hex digits of XxHash3.</summary>
    private static string SearchHash(SearchRequest request)
    {
        var key = string.Join('\u001F', request.Query?.Trim(), request.Speaker?.Trim(),
            request.From?.ToString("O", CultureInfo.InvariantCulture), request.To?.ToString("O", CultureInfo.InvariantCulture),
            request.Outlet?.Trim().ToLowerInvariant(), request.Kind, request.Sort);
        return ((uint)XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(key))).ToString("x8", CultureInfo.InvariantCulture);
    }
}
