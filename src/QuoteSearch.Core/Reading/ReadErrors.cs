namespace QuoteSearch.Core.Reading;

/// <summary>Every message the reading stage gives about bad input, in one place.</summary>
internal static class ReadErrors
{
    public static string NotFound(string path) => $"{path}: no such file or folder";
    public static string Empty(string origin) => $"{origin}: empty input";
    public static string TooLarge(string origin, long size, long limit) =>
        $"{origin}: {size:N0} bytes is over the size limit of {limit:N0} bytes (raise it with --max-bytes)";
    public static string Binary(string origin) => $"{origin}: looks like a binary file, not text or HTML";
    public static string NoParagraphs(string origin) => $"{origin}: no article text found";
    public static string Unreadable(string origin, string reason) => $"{origin}: cannot read: {reason}";
    public static string BadGzip(string origin, string reason) => $"{origin}: not a valid gzip file: {reason}";
    public static string NotGzip(string origin) => $"{origin}: named .gz but not gzip-compressed, and not text or HTML either";
    public static string ReadUncompressed(string origin) => $"{origin}: named .gz but not gzip-compressed; read as it is";
    public static string BadJsonLine(string origin, string reason) => $"{origin}: not a JSON article: {reason}";
    public static string ParserFailed(string origin, string reason) =>
        $"{origin}: could not be parsed ({reason}); please report this input";
    public static string JsonLineWithoutBody(string origin) => $"{origin}: has neither \"html\" nor \"text\"";
}
