namespace QuoteSearch.Web.Services;

/// <summary>Settings of the web app, bound from the "QuoteSearch" configuration section.</summary>
public sealed class WebOptions
{
    public const string Section = "QuoteSearch";

    /// <summary>Folder of the Lucene index.</summary>
    public string Index { get; set; } = "index";

    /// <summary>
    /// Key for ingest and delete; also read from the QUOTESEARCH_API_KEY environment variable. Writing is disabled without one.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest accepted POST body, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>API reads that run at once; the rest wait in order. Defaults to twice the number of cores.</summary>
    public int? MaxConcurrentReads { get; set; }

    /// <summary>API reads that may wait for a turn; beyond that a read gets 503 with Retry-After.</summary>
    public int ReadQueueLimit { get; set; } = 1000;
}
