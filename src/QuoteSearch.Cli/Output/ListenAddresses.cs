namespace QuoteSearch.Cli.Output;

/// <summary>The <c>--urls</c> value of <c>serve</c>, checked before the server tries it.</summary>
internal static class ListenAddresses
{
    /// <summary>True when every ';'-separated address is an absolute http or https URL with a host.</summary>
    public static bool AreValid(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } parts
        && parts.All(IsValid);

    private static bool IsValid(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
            UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.Host.Length > 0;
}
