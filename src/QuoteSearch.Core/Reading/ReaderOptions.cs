namespace QuoteSearch.Core.Reading;

/// <summary>Limits that keep one hostile or accidental input from taking the whole batch down.</summary>
public sealed record ReaderOptions
{
    public static readonly ReaderOptions Default = new();

    /// <summary>Largest input (after gzip decompression) read, in bytes.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
}
