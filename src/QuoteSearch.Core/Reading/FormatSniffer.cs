namespace QuoteSearch.Core.Reading;

/// <summary>Decides the input format from the file extension, or from the first bytes when the extension says nothing.</summary>
internal static class FormatSniffer
{
    public static InputFormat Detect(string extension, ReadOnlySpan<byte> bytes)
    {
        switch (extension.ToLowerInvariant())
        {
            case ".html" or ".htm" or ".xhtml": return InputFormat.Html;
            case ".jsonl" or ".ndjson": return InputFormat.JsonLines;
            case ".txt" or ".text": return InputFormat.PlainText;
        }
        var head = bytes[..Math.Min(bytes.Length, 1024)];
        var start = 0;
        while (start < head.Length && (head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) start++;
        if (start < head.Length && head[start] == (byte)'{') return InputFormat.JsonLines;
        if (start < head.Length && head[start] == (byte)'<') return InputFormat.Html;
        return InputFormat.PlainText;
    }
}
